import { describe, expect, it } from "vitest";
import { importProblems } from "../../src/app/session/sessionFile.ts";
import { sourceKinds } from "../../src/content/fact.ts";
import { type Answers, answerSchemas, type QuestionId } from "../../src/flow/answers.ts";
import { cleanupItemIds } from "../../src/flow/cleanup.ts";
import { documentsFor } from "../../src/flow/documents.ts";
import { letterHints } from "../../src/flow/letters.ts";
import { partOf } from "../../src/flow/parts.ts";
import { planFor } from "../../src/flow/plan.ts";
import { offeredOptions } from "../../src/flow/questionsAsked.ts";
import { recordLineIds } from "../../src/flow/requestRecord.ts";
import { deviceNoteFor, holdersWithAdvice, reasonsWithAdvice } from "../../src/flow/rules.ts";
import { shortAnswerFor } from "../../src/flow/shortAnswer.ts";
import { staffCardLines, staffCardVisits } from "../../src/flow/staffCard.ts";
import { isAsked, questionIds, stepIds } from "../../src/flow/steps.ts";
import { wayUpStageIds } from "../../src/flow/wayUp.ts";
import en from "../../src/i18n/catalogs/en.json";
import es from "../../src/i18n/catalogs/es.json";
import zh from "../../src/i18n/catalogs/zh.json";
import type { Locale } from "../../src/i18n/locales.ts";

const catalogs: Record<Locale, Record<string, string>> = { en, es, zh };
const englishIds = Object.keys(en);

const sources = Object.entries(
  import.meta.glob<string>("/src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true }),
);

const optionsOf = (question: QuestionId): string[] => {
  const { def } = answerSchemas[question]._zod;
  return "entries" in def ? Object.values(def.entries).map(String) : [];
};

/**
 * Samples for the questions typed in rather than picked: counted from 26 November 2026, a flight date that leaves
 * time, one whose last day to ask is that day, one too soon, none.
 */
const typedAnswers: Partial<Record<QuestionId, string[]>> = {
  lineNumber: ["987654321"],
  flightDate: ["", "2026-11-27", "2026-12-04", "2026-12-20"],
};

/**
 * Every combination of answers the flow can collect: each question asked answered with each option it offers (or
 * typed samples), each question the earlier answers do not call for left unanswered.
 */
const everyAnswerCombination = (): Answers[] =>
  questionIds.reduce<Answers[]>(
    (combinations, question) =>
      combinations.flatMap((answers) =>
        isAsked(question, answers)
          ? [...offeredOptions(question, answers), ...(typedAnswers[question] ?? [])].map((option) => ({
              ...answers,
              [question]: option,
            }))
          : [answers],
      ),
    [{}],
  );

/**
 * Every id the flow can give each kind of message, over every combination of answers: one pass, as there are
 * hundreds of thousands of them. A staff card's lines count only where the card is shown.
 */
function reachableIds() {
  const ids = {
    planActions: new Set<string>(),
    staffCardLines: new Set<string>(),
    deviceNotes: new Set<string>(),
    shortAnswerParts: new Set<string>(),
    documents: new Set<string>(),
    documentReasons: new Set<string>(),
  };
  for (const answers of everyAnswerCombination()) {
    for (const { id } of planFor(answers, "2026-11-26")) ids.planActions.add(id);
    for (const visit of staffCardVisits(answers))
      for (const { id } of staffCardLines(answers, visit)) ids.staffCardLines.add(id);
    const deviceNote = deviceNoteFor(answers);
    if (deviceNote) ids.deviceNotes.add(deviceNote);
    for (const { id } of shortAnswerFor(answers, "2026-11-26")) ids.shortAnswerParts.add(id);
    for (const { id, why } of documentsFor(answers)) {
      ids.documents.add(id);
      ids.documentReasons.add(why);
    }
  }
  return ids;
}

const reached = reachableIds();
const idsOf = (kind: keyof typeof reached, prefix: string) =>
  [...reached[kind]].map((id) => `${prefix}.${id}`);

/**
 * The ids a dynamic template in src/ can build, from the values the app really puts into it. `complete`: each of
 * them must have a message (an option, a plan action…), unlike e.g. `${step}.title`, which some steps override.
 */
const dynamicIds: Record<string, { ids: string[]; complete: boolean }> = {
  "*.title": { ids: stepIds.map((step) => `${step}.title`), complete: false },
  "reasonAdvice.*.title": {
    ids: reasonsWithAdvice.map((reason) => `reasonAdvice.${reason}.title`),
    complete: true,
  },
  "holderAdvice.*.title": {
    ids: holdersWithAdvice.map((holder) => `holderAdvice.${holder}.title`),
    complete: true,
  },
  // Only some questions' answers can be ruled out by other answers.
  "error.*Unavailable": {
    ids: questionIds.map((question) => `error.${question}Unavailable`),
    complete: false,
  },
  "staffCard.*": { ids: idsOf("staffCardLines", "staffCard"), complete: true },
  "*.option.*": {
    ids: questionIds.flatMap((question) =>
      optionsOf(question).map((option) => `${question}.option.${option}`),
    ),
    complete: true,
  },
  "error.*": { ids: questionIds.map((question) => `error.${question}`), complete: true },
  "summary.question.*": {
    ids: questionIds.map((question) => `summary.question.${question}`),
    complete: true,
  },
  "plan.*": { ids: idsOf("planActions", "plan"), complete: true },
  "short.*": { ids: idsOf("shortAnswerParts", "short"), complete: true },
  "record.*": { ids: recordLineIds.map((id) => `record.${id}`), complete: true },
  "letters.hint.*": { ids: letterHints.map((hint) => `letters.hint.${hint}`), complete: true },
  "documents.item.*": { ids: idsOf("documents", "documents.item"), complete: true },
  "documents.why.*": { ids: idsOf("documentReasons", "documents.why"), complete: true },
  "cleanup.item.*": { ids: cleanupItemIds.map((id) => `cleanup.item.${id}`), complete: true },
  "source.kind.*": { ids: sourceKinds.map((kind) => `source.kind.${kind}`), complete: true },
  "balance.*": { ids: idsOf("deviceNotes", "balance"), complete: true },
  "balance.title.*": {
    ids: ["prepaid", "postpaid", "both"].map((plan) => `balance.title.${plan}`),
    complete: true,
  },
  "wayUpDated.stage.*": { ids: wayUpStageIds.map((id) => `wayUpDated.stage.${id}`), complete: true },
  "progress.part.*": {
    ids: [...new Set(stepIds.flatMap((step) => partOf(step)?.part ?? []))].map(
      (part) => `progress.part.${part}`,
    ),
    complete: true,
  },
  "session.import.error.*": { ids: importProblems.map((id) => `session.import.error.${id}`), complete: true },
};

const shapeRegExp = (shape: string) =>
  new RegExp(`^${shape.replaceAll(".", "\\.").replaceAll("*", "[A-Za-z]+")}$`);

/** Template literals in src/ shaped like a message id (`plan.${id}` → "plan.*") that match an id of en.json. */
const dynamicIdShapes = () => {
  const shapes = new Set<string>();
  for (const [, text] of sources) {
    for (const [, template = ""] of text.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
      const shape = template.replace(/\$\{[^}]*\}/g, "*");
      if (!/^[A-Za-z*]+(\.[A-Za-z*]+)+$/.test(shape)) continue;
      if (englishIds.some((id) => shapeRegExp(shape).test(id))) shapes.add(shape);
    }
  }
  return [...shapes];
};

const literallyUsedIds = () =>
  new Set(englishIds.filter((id) => sources.some(([, text]) => new RegExp(`["'\`]${id}["'\`]`).test(text))));

/** A message's {placeholders} (plural ones too) and <0>element tags</0>, which every translation must keep. */
const placeholders = (message: string) =>
  [...message.matchAll(/\{\w+(?=[,}])|<\/?\d+>/g)].map(([part]) => part).sort();

/** Numbers written out, in each language: a count or duration must come from a fact, not be typed in. */
const writtenNumbers: Record<Locale, RegExp> = {
  en: /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|ninety|hundred)\b/i,
  es: /\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|noventa|cien)\b/i,
  zh: /[一二两三四五六七八九十百][个天日月年周小分位种次]/,
};

describe("message catalogs", () => {
  it.each(["es", "zh"] as const)(
    "%s has exactly the ids of en, each with the same placeholders and tags",
    (locale) => {
      const catalog = catalogs[locale];
      expect(
        Object.keys(catalog).filter((id) => !(id in en)),
        "ids en.json lacks",
      ).toEqual([]);
      expect(
        englishIds.filter((id) => !(id in catalog)),
        `ids ${locale}.json lacks`,
      ).toEqual([]);
      const differing = englishIds.filter(
        (id) =>
          id in catalog &&
          placeholders(catalog[id] ?? "").join() !== placeholders(en[id as keyof typeof en]).join(),
      );
      expect(differing, "messages whose {placeholders} or <0>tags</0> differ from English").toEqual([]);
    },
  );

  it.each(Object.keys(catalogs) as Locale[])("%s has no empty message", (locale) => {
    const empty = Object.entries(catalogs[locale]).filter(([, message]) => message.trim() === "");
    expect(empty.map(([id]) => id)).toEqual([]);
  });

  it("every dynamic message id in the code is expanded by this test", () => {
    expect(dynamicIdShapes().filter((shape) => !(shape in dynamicIds))).toEqual([]);
  });

  it("every option, plan action, document, cleanup item, question and import problem has its message", () => {
    const missing = Object.values(dynamicIds)
      .filter(({ complete }) => complete)
      .flatMap(({ ids }) => ids.filter((id) => !(id in en)));
    expect(missing).toEqual([]);
  });

  it("the code uses every message of the catalogs", () => {
    const used = literallyUsedIds();
    for (const shape of dynamicIdShapes()) for (const id of dynamicIds[shape]?.ids ?? []) used.add(id);
    expect(englishIds.filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(Object.keys(catalogs) as Locale[])(
    "%s types no number, duration or count: each comes from a fact, through a placeholder",
    (locale) => {
      const typed = Object.entries(catalogs[locale]).filter(([, message]) => {
        const words = message.replace(/<\/?\d+>/g, "");
        return /\d/.test(words) || writtenNumbers[locale].test(words);
      });
      expect(typed.map(([id, message]) => `${id}: ${message}`)).toEqual([]);
    },
  );

  it.each(Object.keys(catalogs) as Locale[])(
    "%s holds no phone number, web or e-mail address: those come from the facts in src/content",
    (locale) => {
      const contactLike = [
        /https?:\/\//i,
        /\bwww\./i,
        /\b[\w-]+\.(pe|com|org|net|gob|la|io|app)\b/i,
        /[\w.-]+@[\w-]+\.\w/,
        /\d{3,}/,
        /\d+[\s().-]+\d+[\s().-]+\d+/,
      ];
      const offending = Object.entries(catalogs[locale]).filter(([, message]) =>
        contactLike.some((pattern) => pattern.test(message)),
      );
      expect(offending).toEqual([]);
    },
  );
});
