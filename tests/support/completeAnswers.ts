import type { Answers } from "../../src/flow/answers.ts";

/** Every question answered: a prepaid Claro line in the user's own name, shown with a passport at a store, leaving Peru with no flight date given and no roaming. */
export const completeAnswers: Answers = {
  reason: "leavingPeru",
  whereabouts: "leaving",
  flightDate: "",
  cardStatus: "working",
  receivesSms: "no",
  planType: "prepaid",
  carrier: "claro",
  lineNumber: "",
  holder: "me",
  identityDocument: "passport",
  channel: "store",
};
