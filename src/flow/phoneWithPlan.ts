import { type Basis, basedOn } from "../content/basis.ts";
import { money } from "../content/money.ts";
import type { Answers } from "./answers.ts";

/** What is owed for a phone that came with the plan rests on OSIPTEL's word, and on Movistar's terms for its lines only. */
export const phoneOwedBasis = (answers: Answers): Basis =>
  answers.carrier === "movistar"
    ? basedOn(money.phoneStillOwed, money.movistarPhoneWithPlanPenalty)
    : basedOn(money.phoneStillOwed);
