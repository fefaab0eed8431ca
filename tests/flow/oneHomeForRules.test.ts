import { describe, expect, it } from "vitest";
import { questionIds } from "../../src/flow/steps.ts";

const sources = Object.entries(
  import.meta.glob<string>("/src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true }),
);
const outsideTheFlow = sources.filter(([path]) => !path.startsWith("/src/flow/"));

const question = questionIds.join("|");
/** An answer read and then compared, tested or branched on: `answers.carrier === …`, `answers.planType ? …`. */
const answerChecks = [
  new RegExp(`\\banswers\\??\\.(${question})\\s*(===|!==|==|!=|\\?(?!\\.)|&&|\\|\\|)`),
  new RegExp(`(===|!==|==|!=)\\s*answers\\??\\.(${question})\\b`),
  new RegExp(`\\b(if|switch)\\s*\\(\\s*!?answers\\??\\.(${question})\\b`),
  /\bin answers\b/,
  /\{[^}]*\b(reason|cardStatus|planType|carrier|holder|identityDocument|channel)\b[^}]*\}\s*=\s*useAnswers\(\)/,
];

describe("every choice made from the answers lives in src/flow", () => {
  it("no step, shell or shared component checks an answer itself", () => {
    const offending = outsideTheFlow.flatMap(([path, text]) =>
      text
        .split("\n")
        .map((line, index) => ({ line, at: `${path}:${index + 1}` }))
        .filter(({ line }) => answerChecks.some((check) => check.test(line)))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  it("the check itself catches the kinds of check it is meant to", () => {
    const caught = (line: string) => answerChecks.some((check) => check.test(line));
    expect(caught('{answers.channel === "store" && <Card />}')).toBe(true);
    expect(caught('if (answers.holder === "deceased") {')).toBe(true);
    expect(caught("const { reason } = useAnswers();")).toBe(true);
    expect(caught("answer={answers[question]}")).toBe(false);
    expect(caught("const answers = useAnswers();")).toBe(false);
  });
});
