import type { IsoDate } from "../content/fact.ts";
import type { Answers, QuestionId } from "./answers.ts";
import { flightQuestionFirstAsked } from "./flight.ts";
import type { FollowUp } from "./followUp.ts";
import { escalationRecorded, letterDetailsRecorded, requestRecorded } from "./followUpStates.ts";
import { checkAnswer } from "./planStates.ts";
import type { Refusal } from "./refusal.ts";

/**
 * Where the entries were kept. A file may come from anywhere, and is held to every check of the pages. A session this
 * device stored passed them as it was entered: it is held only to those no later version of the app can change, so
 * that an update of the holiday table or of the deadline rule never sets a stored plan aside.
 */
export type KeptIn = "aFile" | "thisDevice";

/**
 * The first answer or record kept from an earlier visit (a saved or imported session) that its page would refuse
 * today, by that page's own check, with the field and the message; null when every page would take what is kept.
 * Each answer goes through its question's check, and each record is recorded again as its form records it (the line
 * check is a choice, which the session's format checks). A flight may have passed since it was typed: only one
 * before the question was first asked is refused.
 */
export function keptEntryRefusal(
  { answers, followUp }: { answers: Answers; followUp: FollowUp },
  today: IsoDate,
  keptIn: KeptIn,
): Refusal | null {
  for (const [question, value] of Object.entries(answers) as [QuestionId, string][]) {
    const checked = checkAnswer(question, value, flightQuestionFirstAsked);
    if (!checked.ok) return checked.refusal;
  }
  const { request, escalation, letterDetails } = followUp;
  const recordings = [
    request && requestRecorded(followUp, request, today, keptIn === "aFile" ? "all" : "thoseNoUpdateChanges"),
    escalationRecorded(followUp, escalation, today),
    letterDetailsRecorded(followUp, letterDetails),
  ];
  for (const recorded of recordings) if (recorded && !recorded.ok) return recorded.refusal;
  return null;
}
