import type { IsoDate } from "../content/fact.ts";
import type { KnownCarrier } from "./answerOptions.ts";
import type { Answers } from "./answers.ts";
import { type FollowUp, lineStillThere } from "./followUp.ts";
import { dueDateOf } from "./requestDates.ts";
import { carrierWithFacts, choseStore, isLeavingPeru } from "./rules.ts";
import { endsTheFlow, type StepId } from "./steps.ts";

/** One of the person's lines, as far as the flow needs to tell it from the others. */
export type LineRecord = { id: number; step: StepId; answers: Answers; followUp: FollowUp };

/** Where a line stands: still being planned, asked for and waiting, gone, or not gone by its date. */
export type LineStanding =
  | { kind: "planning"; step: StepId }
  | { kind: "asked"; asked: IsoDate; due: IsoDate }
  | { kind: "gone" }
  | { kind: "wayUp"; due: IsoDate; reclamo: IsoDate | null };

export function lineStanding({ step, followUp }: LineRecord): LineStanding {
  const { request, escalation } = followUp;
  if (!request) return { kind: "planning", step };
  if (followUp.lineCheck === "gone") return { kind: "gone" };
  if (lineStillThere(followUp))
    return { kind: "wayUp", due: dueDateOf(request), reclamo: escalation.reclamoDate || null };
  return { kind: "asked", asked: request.date, due: dueDateOf(request) };
}

/** What names a line to its owner: its carrier (when one we know) and its number (when given). */
export const lineName = (answers: Answers): { carrier: KnownCarrier | null; number: string | null } => ({
  carrier: carrierWithFacts(answers),
  number: answers.lineNumber || null,
});

/** The part of a file's name that says which line it is about, e.g. "movistar-987654321". */
export function lineFileTag(answers: Answers): string {
  const name = lineName(answers);
  return [name.carrier, name.number].filter(Boolean).join("-") || "line";
}

/** A line whose request is still to be made, and whose plan does not end elsewhere (a port, an advice page). */
const stillToAsk = (line: LineRecord) => line.followUp.request === null && !endsTheFlow(line.step);

/** What the lines still to ask for have in common, said once on the plan; each is our advice. */
export type SharedTrip<Line extends LineRecord = LineRecord> =
  | { kind: "sameStore"; carrier: KnownCarrier; lines: Line[] }
  | { kind: "storesSameDay"; carriers: KnownCarrier[] }
  | { kind: "beforeFlight"; flight: IsoDate; lines: Line[] };

export function sharedTrips<Line extends LineRecord>(lines: readonly Line[]): SharedTrip<Line>[] {
  const open = lines.filter(stillToAsk);
  const byStore = new Map<KnownCarrier, Line[]>();
  for (const line of open) {
    const carrier = carrierWithFacts(line.answers);
    if (carrier && choseStore(line.answers)) byStore.set(carrier, [...(byStore.get(carrier) ?? []), line]);
  }
  const trips: SharedTrip<Line>[] = [...byStore]
    .filter(([, sameCarrier]) => sameCarrier.length > 1)
    .map(([carrier, sameCarrier]) => ({ kind: "sameStore", carrier, lines: sameCarrier }));
  if (byStore.size > 1) trips.push({ kind: "storesSameDay", carriers: [...byStore.keys()] });
  const flights = open
    .flatMap((line) => (isLeavingPeru(line.answers) && line.answers.flightDate) || [])
    .sort();
  const flight = flights[0];
  if (flight && open.length > 1) trips.push({ kind: "beforeFlight", flight, lines: open });
  return trips;
}
