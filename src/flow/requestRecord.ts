import { afterRequest } from "../content/afterRequest.ts";
import { bajaDeadline } from "../content/bajaDeadline.ts";
import { aboutThisApp, type Basis, basedOn } from "../content/basis.ts";
import { citeEveryRule, citeRule, type IsoDate } from "../content/fact.ts";
import type { CarrierChannel } from "./answerOptions.ts";
import type { FollowUp } from "./followUp.ts";
import { reminderDays } from "./requestDates.ts";
import { wayUpFor } from "./wayUp.ts";

export const recordLineIds = [
  "request",
  "requestWithCode",
  "due",
  "dueOrLatest",
  "lineGone",
  "lineStillThere",
  "reclamo",
  "reclamoWithCode",
  "quejaFrom",
  "answerAndAppeal",
] as const;
export type RecordLineId = (typeof recordLineIds)[number];

/** One line of what the person recorded after the request (`record.<id>` in the catalogs), with the dates it gives. */
export type RecordLine = {
  id: RecordLineId;
  basis: Basis;
  values?: Record<string, string>;
  days?: Record<string, IsoDate>;
  /** How the request was made, named in the reader's words. */
  channel?: CarrierChannel;
};

/**
 * What the person recorded after asking, in order, with the dates worked out from it: the request, the day the line
 * must be gone by (and the latest the carrier may still be within its time), what they found, and the way up so far.
 * Printed and downloaded with the plan, so that the copy kept holds them. Empty before the request is recorded.
 */
export function recordLinesFor(followUp: FollowUp): RecordLine[] {
  const { request, lineCheck, escalation } = followUp;
  if (!request) return [];
  const { due, latest } = reminderDays(request);
  const stages = wayUpFor(followUp);
  const queja = stages.find(({ id }) => id === "queja");
  const appeal = stages.find(({ id }) => id === "appeal");
  const inForce = citeRule(bajaDeadline, request.date);
  // The latest day comes from the rule before, while the one in force has an unconfirmed start.
  const earlierRules = citeEveryRule(bajaDeadline).filter(({ norm }) => norm?.name !== inForce.norm?.name);
  const lines: RecordLine[] = [
    request.code
      ? {
          id: "requestWithCode",
          basis: aboutThisApp,
          days: { date: request.date },
          values: { code: request.code },
          channel: request.channel,
        }
      : { id: "request", basis: aboutThisApp, days: { date: request.date }, channel: request.channel },
    latest
      ? { id: "dueOrLatest", basis: basedOn(inForce, ...earlierRules), days: { due, latest } }
      : { id: "due", basis: basedOn(inForce), days: { due } },
  ];
  if (lineCheck === "gone") lines.push({ id: "lineGone", basis: aboutThisApp });
  else if (lineCheck) lines.push({ id: "lineStillThere", basis: aboutThisApp });
  if (escalation.reclamoDate) {
    const days = { date: escalation.reclamoDate };
    lines.push(
      escalation.reclamoCode
        ? { id: "reclamoWithCode", basis: aboutThisApp, days, values: { code: escalation.reclamoCode } }
        : { id: "reclamo", basis: aboutThisApp, days },
    );
  }
  if (queja?.opensOn && !queja.closed)
    lines.push({
      id: "quejaFrom",
      basis: basedOn(afterRequest.reclamoAnswerDays, afterRequest.reclamoNotifyDays),
      days: { from: queja.opensOn },
    });
  if (escalation.answerDate && appeal?.closesOn)
    lines.push({
      id: "answerAndAppeal",
      basis: basedOn(afterRequest.appealDays),
      days: { date: escalation.answerDate, until: appeal.closesOn },
    });
  return lines;
}
