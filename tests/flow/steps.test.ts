import { describe, expect, it } from "vitest";
import { answerSchemas } from "../../src/flow/answers.ts";
import { stepInHash } from "../../src/flow/stepAddress.ts";
import { stepHash } from "../../src/flow/stepHashPrefix.ts";
import {
  firstQuestion,
  isAfterRequest,
  isQuestion,
  questionIds,
  type StepId,
  showsRecordedRequest,
  stepIds,
  stepTable,
} from "../../src/flow/steps.ts";
import { stepTitleId } from "../../src/flow/stepTitles.ts";
import en from "../../src/i18n/catalogs/en.json";

describe("the steps of the wizard", () => {
  it("asks the questions in the order the summary lists them, starting with the reason", () => {
    expect(questionIds).toEqual([
      "reason",
      "keepNumber",
      "whereabouts",
      "flightDate",
      "cardStatus",
      "receivesSms",
      "planType",
      "carrier",
      "phoneOnInstalments",
      "lineNumber",
      "holder",
      "requester",
      "identityDocument",
      "channel",
    ]);
    expect(firstQuestion).toBe("reason");
    expect(Object.keys(answerSchemas)).toEqual(questionIds);
  });

  it("begins at the welcome page, and the plan ends at the summary, before the pages after the request", () => {
    expect(stepIds[0]).toBe("welcome");
    expect(stepIds.slice(stepIds.indexOf("summary") + 1)).toEqual([
      "requestMade",
      "dueDate",
      "checkIn",
      "lineGone",
      "wayUp",
      "letters",
    ]);
    expect(new Set(stepIds).size).toBe(stepIds.length);
  });

  it.each([
    ...questionIds.map((question) => [question, "question"] as const),
    ["reasonAdvice", "advice"],
    ["blockFirst", "advice"],
    ["portability", "advice"],
    ["debtFirst", "advice"],
    ["holderAdvice", "advice"],
    ["welcome", "information"],
    ["documents", "information"],
    ["atStore", "information"],
    ["onCall", "information"],
    ["online", "information"],
    ["balance", "information"],
    ["cleanup", "information"],
    ["summary", "information"],
  ] as const)("the step %s is a page of kind %s", (step, kind) => {
    expect(stepTable.find(({ id }) => id === step)?.kind).toBe(kind);
    expect(isQuestion(step)).toBe(kind === "question");
  });
});

describe("a step's address", () => {
  it.each(stepIds.filter((step) => step !== "welcome"))(
    "the step %s has an address that names it",
    (step) => {
      expect(stepHash(step)).toBe(`#/${step}`);
      expect(stepInHash(stepHash(step))).toBe(step);
    },
  );

  it.each([
    "",
    "#",
    "#/",
    "#/welcome",
    "#welcome",
    "#/nowhere",
    "carrier",
    "/carrier",
    "#carrier",
    "#//carrier",
  ])("the fragment %j names no step", (hash) => {
    expect(stepInHash(hash)).toBeNull();
  });
});

describe("a step's title", () => {
  const titled = (step: StepId, answers = {}) => {
    const id = stepTitleId(step, answers);
    expect(en, `${step}: ${id}`).toHaveProperty([id]);
    return id;
  };

  it.each(stepIds.filter((step) => !["reasonAdvice", "holderAdvice", "balance"].includes(step)))(
    "the step %s is known by its own title",
    (step) => {
      expect(titled(step)).toBe(`${step}.title`);
    },
  );

  it.each([
    ["prepaid", "balance.title.prepaid"],
    ["postpaid", "balance.title.postpaid"],
    ["notSure", "balance.title.both"],
  ] as const)(
    "the balance page of a %s line is titled for what that line has: a balance, a bill, or either",
    (planType, title) => {
      expect(stepTitleId("balance", { planType })).toBe(title);
    },
  );

  it.each(["lost", "stolen", "damaged"] as const)(
    "the balance page of a line whose plan type is not known is titled for either, even with the SIM %s",
    (cardStatus) => {
      expect(stepTitleId("balance", { planType: "notSure", cardStatus })).toBe("balance.title.both");
    },
  );

  it.each([
    [{ reason: "switchingCarrier", keepNumber: "notSure" }, "reasonAdvice.switchingCarrier.title"],
    [{ reason: "tooExpensive" }, "reasonAdvice.tooExpensive.title"],
    [{ reason: "leavingPeru" }, "reasonAdvice.leavingPeru.title"],
  ] as const)("the reason advice for %o is titled by that advice", (answers, title) => {
    expect(titled("reasonAdvice", answers)).toBe(title);
  });

  it.each([
    ["someoneElse", "holderAdvice.someoneElse.title"],
    ["deceased", "holderAdvice.deceased.title"],
    ["notSure", "holderAdvice.notSure.title"],
  ] as const)("the holder advice for %s is titled by that advice", (holder, title) => {
    expect(titled("holderAdvice", { holder })).toBe(title);
  });

  it("an advice page reached without the answer that calls for it still has a title", () => {
    expect(titled("reasonAdvice", { reason: "other" })).toMatch(/^reasonAdvice\.\w+\.title$/);
    expect(titled("holderAdvice", {})).toMatch(/^holderAdvice\.\w+\.title$/);
  });
});

describe("the pages after the request", () => {
  it("are the ones after the summary; the pages that show the recorded request are those but its form and the letters", () => {
    expect(stepIds.filter(isAfterRequest)).toEqual(stepIds.slice(stepIds.indexOf("summary") + 1));
    expect(stepIds.filter(showsRecordedRequest)).toEqual(["dueDate", "checkIn", "lineGone", "wayUp"]);
  });
});

describe("the title a step is known by", () => {
  it.each([
    ["store", "documents.title"],
    ["phone", "documents.haveReadyTitle"],
    ["online", "documents.haveReadyTitle"],
    [undefined, "documents.title"],
  ] as const)("the document list, asked for by %s: %s", (channel, title) => {
    expect(stepTitleId("documents", { channel })).toBe(title);
  });

  it("any other step by its own title, whatever the channel", () => {
    expect(stepTitleId("atStore", { channel: "phone" })).toBe("atStore.title");
  });
});
