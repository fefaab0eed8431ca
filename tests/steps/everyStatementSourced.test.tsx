import { cleanup, screen } from "@testing-library/react";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { basedOn, ourAdvice } from "../../src/content/basis.ts";
import { fact, press } from "../../src/content/fact.ts";
import type { Answers, QuestionId } from "../../src/flow/answers.ts";
import { optionsOf } from "../../src/flow/answers.ts";
import { type FollowUp, noFollowUp } from "../../src/flow/followUp.ts";
import { journeyFor } from "../../src/flow/journey.ts";
import {
  isAfterRequest,
  questionIds,
  type StepId,
  showsRecordedRequest,
  stepIds,
} from "../../src/flow/steps.ts";
import { i18n } from "../../src/i18n/i18n.ts";
import { pageFor } from "../../src/steps/stepComponents.ts";
import { planAsText } from "../../src/steps/summary/planAsText.ts";
import { Statement } from "../../src/ui/Statement.tsx";
import { completeAnswers } from "../support/completeAnswers.ts";
import { renderStep, renderWithText } from "../support/renderStep.tsx";
import { unsourcedStatements } from "../support/unsourcedStatements.ts";

const choiceQuestions = questionIds.filter((question) => optionsOf(question) !== null);

/** The complete answers with one answer changed: every option of every question, once. */
const eachOptionOnce: Answers[] = choiceQuestions.flatMap((question) =>
  (optionsOf(question) ?? []).map((option) => ({ ...completeAnswers, [question]: option })),
);

/** Answers drawn at random (the same ones on every run), so that options meet in combinations too. */
const mixedAnswers: Answers[] = fc.sample(
  fc.record(
    Object.fromEntries(
      choiceQuestions.map((question) => [question, fc.constantFrom(...(optionsOf(question) ?? []))]),
    ) as {
      [Q in QuestionId]: fc.Arbitrary<string>;
    },
  ) as fc.Arbitrary<Answers>,
  { numRuns: 40, seed: 20261126 },
);

/** Someone already abroad, by each way of asking from there, with and without roaming, at carriers with and without a number from abroad. */
const fromAbroad: Answers[] = (["someoneInPeru", "osiptelForm", "phone", "online"] as const).flatMap(
  (channel) =>
    (["yes", "no"] as const).flatMap((receivesSms) =>
      (["entel", "claro"] as const).map(
        (carrier): Answers => ({ ...completeAnswers, whereabouts: "abroad", receivesSms, channel, carrier }),
      ),
    ),
);

/** Switchers keeping the number, with each thing that can stand before a port: the portability page's cases. */
const keepers: Answers[] = (
  [
    ["inPeru", "working"],
    ["inPeru", "suspendedForDebt"],
    ["inPeru", "stolen"],
    ["abroad", "working"],
  ] as const
).map(([whereabouts, cardStatus]) => ({
  ...completeAnswers,
  reason: "switchingCarrier",
  keepNumber: "yes",
  whereabouts,
  cardStatus,
}));

const answerSets = [...eachOptionOnce, ...mixedAnswers, ...fromAbroad, ...keepers];

/** Each page once per different set of answers that reaches it. */
const pagesToWalk = answerSets.flatMap((answers) =>
  journeyFor(answers).map((step): [StepId, Answers] => [step, answers]),
);

/** The words telling the user to ask the carrier, on a page that gives none of its contacts; null otherwise. */
function askWithoutContacts(page: HTMLElement): string | null {
  const tellsToAsk = /\bask (the carrier|them|before you go|before you fly|first|at the store)\b/i;
  const asking = (page.textContent ?? "").match(tellsToAsk)?.[0];
  return asking && !page.querySelector(".carrier-contact") ? asking : null;
}

describe("every statement on every page rests on a fact with its source, or is marked as our advice", () => {
  it(`on the ${pagesToWalk.length} pages of ${answerSets.length} generated paths, the summary (the printed plan) included, with the contacts wherever they say to ask`, () => {
    const problems = new Set<string>();
    for (const [step, answers] of pagesToWalk) {
      if (step === "welcome") continue;
      const Page = pageFor(step);
      const { container } = renderStep(<Page />, step, { answers });
      for (const problem of unsourcedStatements(container)) problems.add(`${step}: ${problem}`);
      const asking = askWithoutContacts(container);
      if (asking) problems.add(`${step}: "${asking}" without the carrier's contacts`);
      cleanup();
    }
    expect([...problems]).toEqual([]);
  }, 120_000);

  it("the walk reaches every page of the plan", () => {
    const reached = new Set(pagesToWalk.map(([step]) => step));
    const planPages = stepIds.filter((step) => step !== "welcome" && !isAfterRequest(step));
    expect(planPages.filter((step) => !reached.has(step))).toEqual([]);
  });

  it("the check itself finds a paragraph with no basis and a basis it does not know, and passes a statement", () => {
    const { container } = renderWithText(
      <main>
        <p>The carrier has 5 business days.</p>
        <p data-basis="hearsay">Free of charge.</p>
        <Statement basis={ourAdvice}>Cut the chip.</Statement>
        <Statement basis={basedOn(fact(5, [press("https://gestion.pe/a")]))}>Sourced.</Statement>
      </main>,
    );
    expect(unsourcedStatements(container)).toEqual([
      "an unknown basis hearsay: Free of charge.",
      "no fact and no advice mark: The carrier has 5 business days.",
    ]);
  });
});

/**
 * The pages after the request, for requests before and after the rule changed, with and without a code or a chosen
 * day, in 2027 (holidays worked out from the law) and past the holiday table, and at every stage of the way up.
 */
const followUps: FollowUp[] = [
  noFollowUp,
  { ...noFollowUp, request: { date: "2026-03-20", channel: "phone", code: "", chosenDate: "" } },
  {
    ...noFollowUp,
    request: { date: "2026-07-22", channel: "store", code: "CL-42", chosenDate: "2026-08-10" },
    lineCheck: "stillBilled",
    escalation: { reclamoDate: "2026-07-27", reclamoCode: "R-7", answerDate: "" },
  },
  {
    ...noFollowUp,
    request: { date: "2027-03-24", channel: "online", code: "X", chosenDate: "" },
    lineCheck: "stillWorking",
    escalation: { reclamoDate: "2027-04-01", reclamoCode: "", answerDate: "2027-04-20" },
  },
  {
    ...noFollowUp,
    request: { date: "2027-12-30", channel: "store", code: "Y", chosenDate: "2028-01-20" },
    lineCheck: "gone",
  },
];

const afterRequestPages = stepIds.filter(isAfterRequest);
/** A representative at a carrier whose rule on the carta poder we know (Bitel), and at one whose we do not. */
const representativeAt = (carrier: "bitel" | "claro"): Answers => ({
  ...completeAnswers,
  carrier,
  holder: "someoneElse",
  requester: "me",
  identityDocument: "dni",
});

const afterRequestWalk = [
  eachOptionOnce[0],
  representativeAt("bitel"),
  representativeAt("claro"),
  ...mixedAnswers.slice(0, 8),
].flatMap((answers) =>
  followUps.flatMap((followUp) =>
    afterRequestPages
      .filter((step) => !showsRecordedRequest(step) || followUp.request !== null)
      .map((step) => ({ step, answers: answers ?? {}, followUp })),
  ),
);

describe("the pages after the request", () => {
  // The letters show once the Spanish catalog has loaded: loaded once here, every page below renders them at once.
  beforeAll(async () => {
    const Letters = pageFor("letters");
    renderStep(<Letters />, "letters", { answers: completeAnswers });
    await screen.findByRole("heading", { name: /Request to cancel the service/ }, { timeout: 5_000 });
    cleanup();
  });

  it(`state only sourced facts, our advice or words about the app, with the contacts wherever they say to ask, on ${afterRequestWalk.length} pages`, () => {
    const problems = new Set<string>();
    for (const { step, answers, followUp } of afterRequestWalk) {
      const Page = pageFor(step);
      const { container } = renderStep(<Page />, step, { answers, followUp });
      for (const problem of unsourcedStatements(container)) problems.add(`${step}: ${problem}`);
      const asking = askWithoutContacts(container);
      if (asking) problems.add(`${step}: "${asking}" without the carrier's contacts`);
      cleanup();
    }
    expect([...problems]).toEqual([]);
  }, 120_000);
});

describe("the downloaded plan", () => {
  const t = i18n._.bind(i18n) as Parameters<typeof planAsText>[2]["t"];

  it.each(answerSets.slice(0, 60).map((answers, index) => [index, answers] as const))(
    "for answers #%i, every step, every date worked out after the request and every document has a note with its sources in full at the end, or is marked as our advice",
    (index, answers) => {
      const followUp = followUps[index % followUps.length] ?? noFollowUp;
      const text = planAsText(answers, [], {
        t,
        followUp,
        spanish: null,
        locale: "en",
        today: "2026-11-26",
        otherLines: { standings: [], sharedTrips: [] },
      });
      const lines = text.split("\n");
      const recordsStart = lines.indexOf("What you recorded");
      const records =
        recordsStart < 0 ? [] : lines.slice(recordsStart + 3, lines.indexOf("", recordsStart + 3));
      expect(records.length > 0).toBe(followUp.request !== null);
      const items = lines.flatMap((line, index) => {
        if (/^\d+\. /.test(line)) return [line.replace(/^\d+\. /, "")];
        // What the person did is their own record; the dates worked out from it rest on the rules.
        if (records.includes(line) && line.startsWith("- ") && !line.startsWith("- You"))
          return [line.slice(2)];
        if (/^\[[ x]\] /.test(line)) return [(lines[index + 1] ?? "").trim()];
        return [];
      });
      expect(items.length).toBeGreaterThan(3);
      const notesStart = lines.indexOf("Sources");
      expect(notesStart).toBeGreaterThan(records.length > 0 ? lines.indexOf("What you recorded") : 0);
      const notes = lines.slice(notesStart + 3).filter((line) => line !== "");
      // A gap in the sources is no advice: its own words say what our sources do not.
      const saysItsAGap = (words: string) => /our sources do not|not in our sources|we found no/i.test(words);
      for (const words of items) {
        const number = words.match(/ \[(\d+)\]$/)?.[1];
        const sourced = number !== undefined && notes[Number(number) - 1]?.startsWith(`[${number}] https://`);
        expect(words.startsWith("Our advice:") || sourced || saysItsAGap(words), words).toBe(true);
      }
      expect(notes.every((note, index) => note.startsWith(`[${index + 1}] https://`))).toBe(true);
    },
  );
});
