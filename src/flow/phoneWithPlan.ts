import { type Basis, basedOn } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { money } from "../content/money.ts";
import type { Answers } from "./answers.ts";
import { carrierWithFacts } from "./rules.ts";

/** What is owed for a phone that came with the plan rests on OSIPTEL's word, and on the user's own carrier's terms only. */
export function phoneOwedBasis(answers: Answers): Basis {
  const carrier = carrierWithFacts(answers);
  const ownTerms = carrier && carrierFacts[carrier].phoneWithPlanPenalty;
  return ownTerms ? basedOn(money.phoneStillOwed, ownTerms) : basedOn(money.phoneStillOwed);
}
