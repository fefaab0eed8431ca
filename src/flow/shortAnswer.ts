import { type Basis, basedOn, ourAdvice } from "../content/basis.ts";
import type { IsoDate } from "../content/fact.ts";
import { lossAndTheft } from "../content/lossAndTheft.ts";
import { money } from "../content/money.ts";
import { deceasedHolderChange, rights } from "../content/rights.ts";
import type { Channel } from "./answerOptions.ts";
import type { Answers } from "./answers.ts";
import { flightAction } from "./plan.ts";
import {
  isAbroadOrLeaving,
  isDeceasedHoldersLine,
  isLeavingPeru,
  isLostOrStolen,
  isPostpaid,
  isPrepaid,
} from "./rules.ts";

export type ShortAnswerId =
  | "blockFirst"
  | "heirFirst"
  | "needNotAsk"
  | "mustAskPostpaid"
  | "mustAsk"
  | "byDay"
  | "byToday"
  | "tooLate"
  | `how.${Channel}`;

/** One sentence of the short answer (`short.<id>` in the catalogs), with what it rests on and what it quotes. */
export type ShortAnswerPart = {
  id: ShortAnswerId;
  basis: Basis;
  values?: Record<string, string | number>;
  days?: Record<string, IsoDate>;
};

/** Whether anything must be done at all: what comes first for a lost line or an heir; otherwise, whether to ask. */
function whatMustBeDone(answers: Answers): ShortAnswerPart {
  if (isLostOrStolen(answers))
    return { id: "blockFirst", basis: basedOn(lossAndTheft.reportBlocksLineAndPhone) };
  if (isDeceasedHoldersLine(answers)) return { id: "heirFirst", basis: basedOn(deceasedHolderChange) };
  if (isAbroadOrLeaving(answers) && isPrepaid(answers))
    return { id: "needNotAsk", basis: basedOn(money.prepaidLapseNoticeDays, money.unusedPrepaidLineDays) };
  if (isAbroadOrLeaving(answers) && isPostpaid(answers))
    return { id: "mustAskPostpaid", basis: basedOn(money.unpaidDebtReported) };
  return { id: "mustAsk", basis: basedOn(rights.mayCancelAnyTime, rights.cancellationIsFree) };
}

const byWhenFor = {
  askBeforeFlight: "byDay",
  askByTodayForFlight: "byToday",
  askTodayForFlight: "tooLate",
} as const;

/**
 * The plan's first words: what this person must do and by when, in one or two sentences. By when, for someone with a
 * flight (the last day to ask, as the plan counts it); otherwise how, by the route chosen.
 */
export function shortAnswerFor(answers: Answers, today: IsoDate): ShortAnswerPart[] {
  const flight =
    isLeavingPeru(answers) && answers.flightDate ? flightAction(answers.flightDate, today) : null;
  if (flight) {
    const { id, ...rest } = flight;
    return [whatMustBeDone(answers), { id: byWhenFor[id], ...rest }];
  }
  const how: ShortAnswerPart[] = answers.channel ? [{ id: `how.${answers.channel}`, basis: ourAdvice }] : [];
  return [whatMustBeDone(answers), ...how];
}
