import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { type Answers, answerSchemas, optionsOf, type QuestionId } from "../../src/flow/answers.ts";
import { journeyFor } from "../../src/flow/journey.ts";
import { hasUsableAnswer } from "../../src/flow/rules.ts";
import { isQuestion, questionIds, type StepId } from "../../src/flow/steps.ts";
import { wizardMachine } from "../../src/flow/wizardMachine.ts";

/** The steps the machine itself takes for these answers, unanswered questions given their first option. */
function stepsTheMachineTakes(answers: Answers): StepId[] {
  const actor = createActor(wizardMachine, { input: {} }).start();
  actor.send({ type: "START" });
  const steps: StepId[] = [];
  for (let moves = 0; moves < 40; moves += 1) {
    const step = actor.getSnapshot().value as StepId;
    steps.push(step);
    if (step === "summary") break;
    if (!isQuestion(step)) actor.send({ type: "NEXT" });
    else
      actor.send({
        type: "ANSWER",
        value: hasUsableAnswer(step, answers) ? answers[step] : (optionsOf(step)?.[0] ?? ""),
      });
  }
  actor.stop();
  return steps;
}

const anyAnswer = (question: QuestionId) =>
  fc.option(
    fc
      .constantFrom(...(optionsOf(question) ?? ["", "987654321"]))
      .filter((answer) => answerSchemas[question].safeParse(answer).success),
    { nil: undefined },
  );

const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(questionIds.map((question) => [question, anyAnswer(question)])) as Record<
    QuestionId,
    fc.Arbitrary<string | undefined>
  >,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

describe("journeyFor", () => {
  it("counts exactly the steps the machine takes, for any answers", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(journeyFor(answers)).toEqual(stepsTheMachineTakes(answers));
      }),
      { numRuns: 500 },
    );
  });
});
