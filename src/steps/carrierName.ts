import { carrierFacts } from "../content/carriers/index.ts";
import type { Answers } from "../flow/answers.ts";
import { carrierWithFacts } from "../flow/rules.ts";
import type { Translate } from "../i18n/useText.ts";

/** The carrier's own name, or "your carrier" when the user does not know it or it is not one we have facts on. */
export function carrierName(answers: Answers, t: Translate): string {
  const carrier = carrierWithFacts(answers);
  return carrier ? carrierFacts[carrier].name : t("common.yourCarrier");
}
