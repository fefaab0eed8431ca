import type { Answers } from "../../src/flow/answers.ts";

/** Every question answered: a prepaid Claro line in the user's own name, shown with a passport at a store, no flight date given. */
export const completeAnswers: Answers = {
  reason: "leavingPeru",
  cardStatus: "working",
  planType: "prepaid",
  carrier: "claro",
  lineNumber: "",
  holder: "me",
  identityDocument: "passport",
  channel: "store",
  flightDate: "",
};
