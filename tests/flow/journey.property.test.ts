import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { type Answers, answerSchemas, optionsOf, type QuestionId } from "../../src/flow/answers.ts";
import { journeyFor } from "../../src/flow/journey.ts";
import { partOf } from "../../src/flow/parts.ts";
import { hasUsableAnswer, offeredOptions } from "../../src/flow/questionsAsked.ts";
import { isQuestion, questionIds, type StepId } from "../../src/flow/steps.ts";
import { stepOf, wizardMachine } from "../../src/flow/wizardMachine.ts";

/**
 * The pages the machine itself shows from the first question, each with its "Part N of M" as the user reads it, and
 * the answers it kept, for a user who answers each question as `answers` say or, where those give no usable answer,
 * as `fallback` says (else by the first option offered).
 */
function walkTheMachine(answers: Answers, fallback: Answers) {
  const actor = createActor(wizardMachine, { input: {} }).start();
  actor.send({ type: "START" });
  const pages: { step: StepId; part: ReturnType<typeof partOf> }[] = [];
  for (let moves = 0; moves < 40; moves += 1) {
    const snapshot = actor.getSnapshot();
    const step = stepOf(snapshot);
    if (pages.at(-1)?.step === step) break;
    pages.push({ step, part: partOf(step) });
    if (step === "summary") break;
    if (!isQuestion(step)) actor.send({ type: "NEXT" });
    else {
      const usable = (answer: string | undefined) =>
        answer !== undefined && hasUsableAnswer(step, { ...snapshot.context.answers, [step]: answer });
      const value =
        [answers[step], fallback[step]].find(usable) ?? offeredOptions(step, snapshot.context.answers)[0];
      actor.send({ type: "ANSWER", value: value ?? "", today: "2026-11-26" });
    }
  }
  const kept = actor.getSnapshot().context.answers;
  actor.stop();
  return { pages, kept };
}

const anyAnswer = (question: QuestionId) =>
  fc
    .constantFrom(...(optionsOf(question) ?? ["", "987654321"]))
    .filter((answer) => answerSchemas[question].safeParse(answer).success);

const answersFrom = (required: "every" | "some"): fc.Arbitrary<Answers> =>
  fc.record(
    Object.fromEntries(questionIds.map((question) => [question, anyAnswer(question)])) as Record<
      QuestionId,
      fc.Arbitrary<string>
    >,
    required === "every" ? {} : { requiredKeys: [] },
  ) as fc.Arbitrary<Answers>;

describe("journeyFor", () => {
  it("counts exactly the pages the machine shows, once every question on the way is answered", () => {
    fc.assert(
      fc.property(answersFrom("every"), answersFrom("every"), (answers, fallback) => {
        const { pages, kept } = walkTheMachine(answers, fallback);
        expect(journeyFor(kept)).toEqual(pages.map(({ step }) => step));
      }),
      { numRuns: 300 },
    );
  });

  it("counts the fewest pages still possible: however the open questions are answered, never fewer", () => {
    fc.assert(
      fc.property(answersFrom("some"), answersFrom("every"), (answers, completion) => {
        const { pages } = walkTheMachine(answers, completion);
        if (pages.at(-1)?.step === "summary")
          expect(journeyFor(answers).length).toBeLessThanOrEqual(pages.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("Part N of M, as a user answering afresh reads it", () => {
  it("M never moves, N never falls, and every way to the summary passes each part in turn", () => {
    fc.assert(
      fc.property(answersFrom("every"), (answers) => {
        const { pages } = walkTheMachine(answers, answers);
        const parts = pages.flatMap(({ part }) => (part ? [part] : []));
        expect(new Set(parts.map(({ total }) => total))).toEqual(new Set([4]));
        const numbers = parts.map(({ number }) => number);
        expect(numbers).toEqual(numbers.toSorted((a, b) => a - b));
        if (pages.at(-1)?.step === "summary") expect(new Set(numbers)).toEqual(new Set([1, 2, 3, 4]));
      }),
      { numRuns: 300 },
    );
  });
});
