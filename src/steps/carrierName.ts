import { carrierFacts, isKnownCarrier } from "../content/carriers/index.ts";
import type { Answers } from "../flow/answers.ts";
import type { Translate } from "../i18n/useText.ts";

/** The carrier's own name, or "your carrier" when the user does not know it or it is not one we have facts on. */
export const carrierName = (answers: Answers, t: Translate) =>
  isKnownCarrier(answers.carrier) ? carrierFacts[answers.carrier].name : t("common.yourCarrier");
