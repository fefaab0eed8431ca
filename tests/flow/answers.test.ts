import { describe, expect, it } from "vitest";
import { tickIdSchema } from "../../src/flow/answerOptions.ts";
import {
  type Answers,
  because,
  isChoiceQuestion,
  optionsOf,
  parseAnswer,
  sameAnswers,
} from "../../src/flow/answers.ts";
import { questionIds } from "../../src/flow/steps.ts";
import en from "../../src/i18n/catalogs/en.json";
import { completeAnswers } from "../support/completeAnswers.ts";

describe("the line number answer", () => {
  it.each([
    ["987654321", "987654321"],
    ["987 654 321", "987654321"],
    ["+51 987-654-321", "987654321"],
    ["51987654321", "987654321"],
    ["", ""],
    ["+51987654321", "987654321"],
    ["+51 987 654 321", "987654321"],
    ["51 987-654-321", "987654321"],
    ["987-654-321", "987654321"],
    [" 987654321 ", "987654321"],
    ["\t987 654 321\n", "987654321"],
    ["9-8-7 6 5 4-3-2-1", "987654321"],
    ["951234567", "951234567"],
  ])("accepts %j as %j", (typed, stored) => {
    expect(parseAnswer("lineNumber", typed)).toEqual({ ok: true, value: stored });
  });

  it.each([
    "98765432",
    "887654321",
    "9876543210",
    "abc",
    "+44 987654321",
    "+51",
    "+5198765432",
    "+51 887654321",
    "+1 987654321",
    "0987654321",
    "tel 987654321",
    "987654321 ext",
    "98765432x",
    "987.654.321",
  ])("rejects %j", (typed) => {
    expect(parseAnswer("lineNumber", typed)).toEqual({ ok: false, message: "error.lineNumber" });
  });

  it("rejects anything that is not text, and unknown options", () => {
    expect(parseAnswer("lineNumber", 987654321)).toEqual({ ok: false, message: "error.lineNumber" });
    expect(parseAnswer("carrier", "tim")).toEqual({ ok: false, message: "error.carrier" });
    expect(parseAnswer("carrier", undefined)).toEqual({ ok: false, message: "error.carrier" });
  });
});

describe("the flight date", () => {
  it.each([
    ["2026-12-10", "2026-12-10"],
    [" 2027-01-02 ", "2027-01-02"],
    ["", ""],
  ])("accepts %j as %j: a day, or nothing when the user has no date yet", (typed, stored) => {
    expect(parseAnswer("flightDate", typed)).toEqual({ ok: true, value: stored });
  });

  it.each(["2026-02-30", "10/12/2026", "tomorrow", "2026-13-01"])(
    "refuses %j with its own message",
    (typed) => {
      expect(parseAnswer("flightDate", typed)).toEqual({ ok: false, message: "error.flightDate" });
    },
  );
});

describe("the questions", () => {
  it("every question but the line number and the flight date is answered by picking one of its options", () => {
    expect(questionIds.filter(isChoiceQuestion)).toEqual(
      questionIds.filter((id) => id !== "lineNumber" && id !== "flightDate"),
    );
    expect(optionsOf("lineNumber")).toBeNull();
    expect(optionsOf("channel")).toEqual(["store", "phone", "online", "someoneInPeru", "osiptelForm"]);
  });

  it.each([
    [
      "reason",
      [
        "leavingPeru",
        "switchingCarrier",
        "tooExpensive",
        "lostOrStolen",
        "holderDied",
        "unrecognisedLine",
        "other",
      ],
    ],
    ["cardStatus", ["working", "suspendedForDebt", "lost", "stolen", "damaged"]],
    ["planType", ["prepaid", "postpaid", "notSure"]],
    ["carrier", ["claro", "movistar", "entel", "bitel", "other", "notSure"]],
    ["phoneOnInstalments", ["yes", "no", "notSure"]],
    ["holder", ["me", "someoneElse", "deceased", "notSure"]],
    ["requester", ["theHolder", "me"]],
    ["identityDocument", ["dni", "carneExtranjeria", "passport", "ptp", "cpp", "other"]],
    ["keepNumber", ["yes", "no", "notSure"]],
    ["channel", ["store", "phone", "online", "someoneInPeru", "osiptelForm"]],
    ["whereabouts", ["inPeru", "leaving", "abroad"]],
    ["receivesSms", ["yes", "no", "notSure"]],
  ] as const)("the question %s offers, in this order, %o, each with a label", (question, options) => {
    expect(optionsOf(question)).toEqual(options);
    for (const option of options) expect(en).toHaveProperty([`${question}.option.${option}`]);
  });
});

describe("comparing two sets of answers", () => {
  it("finds the same answers the same, whatever object holds them", () => {
    expect(sameAnswers({ ...completeAnswers }, { ...completeAnswers })).toBe(true);
    expect(sameAnswers({}, {})).toBe(true);
  });

  it.each(questionIds)("finds them different when only the %s differs or is missing", (question) => {
    const everyQuestionAnswered: Answers = {
      ...completeAnswers,
      keepNumber: "no",
      phoneOnInstalments: "no",
      requester: "theHolder",
      flightDate: "",
    };
    const changed: Answers = { ...everyQuestionAnswered, [question]: undefined };
    expect(sameAnswers(everyQuestionAnswered, changed)).toBe(false);
    expect(sameAnswers(changed, everyQuestionAnswered)).toBe(false);
  });
});

describe("why an item is on a list", () => {
  it("names each given question with its answer, in the order asked for", () => {
    expect(because(completeAnswers, "channel", "holder")).toEqual([
      { question: "channel", answer: "store" },
      { question: "holder", answer: "me" },
    ]);
  });

  it("leaves out a question not answered, but keeps an empty line number the user chose to leave empty", () => {
    expect(because({ holder: "me" }, "carrier", "holder")).toEqual([{ question: "holder", answer: "me" }]);
    expect(because({ lineNumber: "" }, "lineNumber")).toEqual([{ question: "lineNumber", answer: "" }]);
    expect(because(completeAnswers)).toEqual([]);
  });
});

describe("a ticked item's id", () => {
  it.each(["dni", "simCard", "x".repeat(40)])("%j is kept", (item) => {
    expect(tickIdSchema.safeParse(item).success).toBe(true);
  });

  it.each(["", "x".repeat(41), "<script>", "sim card", "sim-card", "simCard2", " dni", "dni\n"])(
    "%j is refused",
    (item) => {
      expect(tickIdSchema.safeParse(item).success).toBe(false);
    },
  );
});
