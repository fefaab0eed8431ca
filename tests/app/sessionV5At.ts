import sessionV5 from "../fixtures/session-v5.json";

/** A session saved in format v5 (as an earlier version of the app wrote it), in English, stopped at `step`. */
export const sessionV5At = (step: string, answers: Record<string, string>, visited: string[]) => ({
  ...sessionV5,
  locale: "en",
  step,
  answers,
  ticks: [],
  visited,
});

/** Stopped at the plan type, after three answers. */
export const atPlanType = sessionV5At(
  "planType",
  { reason: "other", whereabouts: "inPeru", cardStatus: "working" },
  ["welcome", "reason", "whereabouts", "cardStatus"],
);
