import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { cleanupItemsFor } from "../../src/flow/cleanup.ts";
import { planFor } from "../../src/flow/plan.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

/** The shared complete answers, for another reason, staying in Peru, with a DNI. */
const holderAtStore: Answers = {
  ...completeAnswers,
  reason: "other",
  whereabouts: "inPeru",
  identityDocument: "dni",
};

/** A day under the 1-business-day rule. */
const today = "2026-11-26";

const ids = (answers: Answers) => planFor(answers, today).map((action) => action.id);

describe("planFor", () => {
  it("for the holder's own active prepaid line at a store, in order", () => {
    expect(ids(holderAtStore)).toEqual([
      "useUpBalance",
      "passBalance",
      "moveCodesAndWallets",
      "changeMessagingNumber",
      "backUpSmsAndContacts",
      "requestAtStore",
      "keepProof",
      "checkLineIsGone",
      "destroySim",
    ]);
  });

  it("a stolen line starts with blocking, in OSIPTEL's order, and has no SIM to destroy", () => {
    const plan = ids({ ...holderAtStore, reason: "lostOrStolen", cardStatus: "stolen" });
    expect(plan.slice(0, 4)).toEqual([
      "blockBanksAndWallets",
      "blockLineAndPhone",
      "reportToPolice",
      "checkImeiBlocked",
    ]);
    expect(plan).not.toContain("destroySim");
    expect(plan).not.toContain("useUpBalance");
  });

  it("a lost line is blocked but not reported to the police", () => {
    const plan = ids({ ...holderAtStore, cardStatus: "lost" });
    expect(plan).toContain("blockLineAndPhone");
    expect(plan).not.toContain("reportToPolice");
  });

  it("too expensive: the plan suggests a plan change first", () => {
    const plan = planFor({ ...holderAtStore, reason: "tooExpensive" }, today);
    expect(plan[0]).toMatchObject({
      id: "considerPlanChange",
      because: [{ question: "reason", answer: "tooExpensive" }],
    });
  });

  it("a switcher not sure about the number is told first to decide before cancelling, because of that answer", () => {
    const plan = planFor({ ...holderAtStore, reason: "switchingCarrier", keepNumber: "notSure" }, today);
    expect(plan[0]).toMatchObject({
      id: "considerPortability",
      because: [{ question: "keepNumber", answer: "notSure" }],
    });
  });

  it("a switcher who chose not to keep the number is told once that it goes with the line, and never to port it", () => {
    const plan = ids({ ...holderAtStore, reason: "switchingCarrier", keepNumber: "no" });
    expect(plan[0]).toBe("numberNotKept");
    expect(plan.filter((id) => id === "numberNotKept" || id.startsWith("considerPortability"))).toEqual([
      "numberNotKept",
    ]);
    expect(plan).toContain("requestAtStore");
  });

  it("leaving Peru: once the user goes on to cancel, the plan does not suggest a suspension instead", () => {
    const leaving = ids({ ...holderAtStore, reason: "leavingPeru", whereabouts: "leaving" });
    expect(leaving).toEqual([
      "askWhatWorksFromAbroad",
      "prepaidEndsByItself",
      "checkOtherLinesInYourName",
      ...ids(holderAtStore).map((id) => (id === "moveCodesAndWallets" ? "moveCodesBeforeLeaving" : id)),
    ]);
    expect(leaving).not.toContain("considerSuspension");
  });

  it.each([
    ["leaving", { whereabouts: "leaving" }],
    ["already abroad", { whereabouts: "abroad", receivesSms: "yes" }],
  ] as const)(
    "someone %s is sent to Checa tus líneas once, to find any other line in their name",
    (_, where) => {
      const plan = planFor({ ...holderAtStore, ...where }, today);
      expect(
        plan.filter((action) => action.id.startsWith("check") && action.id.endsWith("InYourName")),
      ).toMatchObject([
        {
          id: "checkOtherLinesInYourName",
          because: [{ question: "whereabouts", answer: where.whereabouts }],
        },
      ]);
      const unsure = planFor({ ...holderAtStore, ...where, carrier: "notSure" }, today);
      expect(unsure.map(({ id }) => id)).not.toContain("checkOtherLinesInYourName");
      expect(ids({ ...holderAtStore, whereabouts: "inPeru" })).not.toContain("checkOtherLinesInYourName");
    },
  );

  it.each([
    ["holder", "notSure"],
    ["planType", "notSure"],
    ["carrier", "notSure"],
  ] as const)("not knowing the %s adds one check with Checa tus líneas", (question, answer) => {
    const plan = planFor({ ...holderAtStore, [question]: answer }, today);
    expect(plan.filter((action) => action.id === "checkLinesInYourName")).toMatchObject([
      { id: "checkLinesInYourName", because: [{ question, answer }] },
    ]);
  });

  it("someone else's line asked for by the user: the representative's plan", () => {
    const plan = ids({ ...holderAtStore, holder: "someoneElse", requester: "me" });
    expect(plan).toContain("holderMustRequest");
    expect(plan).not.toContain("holderAsks");
  });

  it("someone else's line asked for by its holder: the holder's own request, by phone with the carrier's number", () => {
    const plan = planFor(
      { ...holderAtStore, holder: "someoneElse", requester: "theHolder", channel: "phone" },
      today,
    );
    expect(plan.map((action) => action.id)).toEqual(
      expect.arrayContaining(["holderAsks", "requestByPhoneNumber"]),
    );
    expect(plan.map((action) => action.id)).not.toContain("holderMustRequest");
  });

  it("a deceased holder: change of holder first", () => {
    const plan = ids({ ...holderAtStore, holder: "deceased" });
    expect(plan.indexOf("changeHolderFirst")).toBeLessThan(plan.indexOf("requestAtStore"));
  });

  it("a debt does not hold up the request: it is settled apart, after it, and the plan offers no cheaper plan", () => {
    const plan = ids({ ...holderAtStore, reason: "tooExpensive", cardStatus: "suspendedForDebt" });
    expect(plan.indexOf("settleDebt")).toBeGreaterThan(plan.indexOf("requestAtStore"));
    expect(plan).not.toContain("considerPlanChange");
    expect(ids({ ...holderAtStore, reason: "tooExpensive" })).toContain("considerPlanChange");
  });

  it("postpaid: cancel before the cycle closes and pay the final bill after the request", () => {
    const plan = ids({ ...holderAtStore, planType: "postpaid" });
    expect(plan).not.toContain("useUpBalance");
    expect(plan.indexOf("cancelBeforeBillingCycle")).toBeLessThan(plan.indexOf("requestAtStore"));
    expect(plan.indexOf("payFinalBill")).toBeGreaterThan(plan.indexOf("keepProof"));
  });

  it.each([
    ["store", "claro", "requestAtStore"],
    ["phone", "claro", "requestByPhoneNumber"],
    ["phone", "other", "requestByPhone"],
    ["online", "claro", "requestOnlineApp"],
    ["online", "notSure", "requestOnline"],
  ] as const)("by %s with %s, the request is %s", (channel, carrier, request) => {
    const plan = ids({ ...holderAtStore, channel, carrier });
    expect(plan).toContain(request);
    expect(plan.filter((id) => id.startsWith("request"))).toEqual([request]);
  });

  it("moving codes and wallets comes before the request, keeping the proof after it", () => {
    const plan = ids(holderAtStore);
    expect(plan.indexOf("moveCodesAndWallets")).toBeLessThan(plan.indexOf("requestAtStore"));
    expect(plan.indexOf("keepProof")).toBe(plan.indexOf("requestAtStore") + 1);
  });
});

describe("planFor: the answers each step of the plan gives as its reason", () => {
  const lostAndStolen: Answers = { ...holderAtStore, reason: "lostOrStolen", cardStatus: "stolen" };

  it.each([
    [lostAndStolen, "blockBanksAndWallets", ["reason", "cardStatus"]],
    [lostAndStolen, "blockLineAndPhone", ["reason", "cardStatus"]],
    [lostAndStolen, "reportToPolice", ["cardStatus"]],
    [lostAndStolen, "checkImeiBlocked", ["reason", "cardStatus"]],
    [
      { ...holderAtStore, holder: "someoneElse", requester: "me" },
      "holderMustRequest",
      ["holder", "requester"],
    ],
    [{ ...holderAtStore, holder: "deceased" }, "changeHolderFirst", ["holder"]],
    [{ ...holderAtStore, cardStatus: "suspendedForDebt" }, "settleDebt", ["cardStatus"]],
    [holderAtStore, "useUpBalance", ["planType"]],
    [{ ...holderAtStore, planType: "postpaid" }, "cancelBeforeBillingCycle", ["planType"]],
    [{ ...holderAtStore, planType: "postpaid" }, "payFinalBill", ["planType"]],
    [holderAtStore, "moveCodesAndWallets", []],
    [holderAtStore, "changeMessagingNumber", ["cardStatus"]],
    [holderAtStore, "backUpSmsAndContacts", ["cardStatus"]],
    [holderAtStore, "requestAtStore", ["channel"]],
    [{ ...holderAtStore, channel: "online" }, "requestOnlineApp", ["channel"]],
    [holderAtStore, "keepProof", []],
    [holderAtStore, "checkLineIsGone", []],
    [holderAtStore, "destroySim", ["cardStatus"]],
  ] as const)("for %o, %s is there because of %o", (answers, id, questions) => {
    const action = planFor(answers, today).find((candidate) => candidate.id === id);
    expect(action?.because).toEqual(questions.map((question) => ({ question, answer: answers[question] })));
  });
});

describe("planFor: a plan each person can follow", () => {
  it.each([
    ["suspendedForDebt", "considerPortabilityAfterDebt"],
    ["damaged", "considerPortabilityAfterReplacement"],
    ["working", "considerPortability"],
  ] as const)("switching carrier, not sure about the number, with a line %s: %s", (cardStatus, advice) => {
    const plan = ids({ ...holderAtStore, reason: "switchingCarrier", keepNumber: "notSure", cardStatus });
    expect(plan[0]).toBe(advice);
    expect(plan.filter((id) => id.startsWith("considerPortability"))).toEqual([advice]);
  });

  it.each([
    ["movistar", true],
    ["entel", false],
    ["claro", false],
    ["other", false],
  ] as const)("the phone on a %s plan is sourced by Movistar's own terms: %s", (carrier, movistarPage) => {
    const settle = planFor(
      { ...holderAtStore, carrier, planType: "postpaid", phoneOnInstalments: "yes" },
      today,
    ).find(({ id }) => id === "settlePhone");
    const urls =
      settle?.basis.kind === "facts"
        ? settle.basis.facts.flatMap(({ sources }) => sources.map(({ url }) => url))
        : [];
    expect(urls.some((url) => url.includes("catalogo.movistar.com.pe"))).toBe(movistarPage);
    expect(urls.some((url) => url.includes("noticiastrujillo.pe"))).toBe(true);
  });

  it("a representative asks the holder to move codes and back up; nothing speaks of the representative's own SIM", () => {
    const plan = ids({ ...holderAtStore, holder: "someoneElse", requester: "me" });
    expect(plan).toContain("askHolderToMoveCodes");
    for (const own of ["moveCodesAndWallets", "changeMessagingNumber", "backUpSmsAndContacts"] as const)
      expect(plan).not.toContain(own);
  });

  it.each([
    ["yes", true],
    ["notSure", true],
    ["no", false],
  ] as const)(
    "a postpaid phone on instalments (%s) adds settling the phone before the request: %s",
    (answer, settles) => {
      const plan = ids({ ...holderAtStore, planType: "postpaid", phoneOnInstalments: answer });
      expect(plan.includes("settlePhone")).toBe(settles);
      if (settles) expect(plan.indexOf("settlePhone")).toBeLessThan(plan.indexOf("requestAtStore"));
    },
  );

  it.each(["lost", "stolen", "damaged"] as const)(
    "a %s prepaid SIM: no balance to use up or pass on from it",
    (cardStatus) => {
      const plan = ids({ ...holderAtStore, carrier: "claro", cardStatus });
      expect(plan).not.toContain("useUpBalance");
      expect(plan).not.toContain("passBalance");
    },
  );
});

describe("cleanupItemsFor", () => {
  it.each([
    ["working", ["banksAndWallets", "messaging", "accounts", "backup", "keepProof", "destroySim"]],
    ["damaged", ["banksAndWallets", "accounts", "keepProof", "destroySim"]],
    ["lost", ["banksAndWallets", "accounts", "keepProof"]],
  ] as const)("a SIM %s: %o", (cardStatus, items) => {
    expect(cleanupItemsFor({ ...holderAtStore, cardStatus })).toEqual(items);
  });

  it("a representative leaves the holder's codes, messages and contacts to the holder", () => {
    expect(cleanupItemsFor({ ...holderAtStore, holder: "someoneElse", requester: "me" })).toEqual([
      "holderMovesCodes",
      "accounts",
      "keepProof",
      "destroySim",
    ]);
  });

  it("an heir tells the holder's bank and apps, and moves no number of their own", () => {
    expect(cleanupItemsFor({ ...holderAtStore, holder: "deceased" })).toEqual([
      "holderBanks",
      "accounts",
      "backup",
      "keepProof",
      "destroySim",
    ]);
  });
});

describe("planFor: what each answer adds or takes away", () => {
  it.each([
    [{ holder: "deceased" }, "changeHolderFirst"],
    [{ cardStatus: "suspendedForDebt" }, "settleDebt"],
    [{ planType: "postpaid" }, "cancelBeforeBillingCycle"],
    [{ planType: "postpaid" }, "payFinalBill"],
    [{ holder: "someoneElse", requester: "me" }, "holderMustRequest"],
    [{ holder: "someoneElse", requester: "theHolder" }, "holderAsks"],
  ] as const)("%o adds %s, which the holder's own prepaid line does not have", (change, id) => {
    expect(ids({ ...holderAtStore, ...change })).toContain(id);
    expect(ids(holderAtStore)).not.toContain(id);
  });

  it("a lost or stolen SIM is not at hand: nothing to move off it, back up from it or destroy", () => {
    for (const lost of [
      { cardStatus: "lost" },
      { cardStatus: "stolen" },
      { reason: "lostOrStolen" },
    ] as const) {
      const plan = ids({ ...holderAtStore, ...lost });
      expect(plan).not.toContain("changeMessagingNumber");
      expect(plan).not.toContain("backUpSmsAndContacts");
      expect(plan).not.toContain("destroySim");
      expect(plan).not.toContain("useUpBalance");
      expect(plan).toContain("moveCodesAndWallets");
    }
  });

  it("not knowing several answers still adds the check with Checa tus líneas once, for the first of them", () => {
    const plan = planFor(
      { ...holderAtStore, holder: "notSure", planType: "notSure", carrier: "notSure" },
      today,
    );
    expect(plan.filter((action) => action.id === "checkLinesInYourName")).toMatchObject([
      { id: "checkLinesInYourName", because: [{ question: "holder", answer: "notSure" }] },
    ]);
  });

  it("lists no step twice, whatever the answers", () => {
    const answers: Answers = {
      reason: "lostOrStolen",
      cardStatus: "stolen",
      planType: "notSure",
      carrier: "notSure",
      holder: "notSure",
      channel: "phone",
    };
    const plan = ids(answers);
    expect(new Set(plan).size).toBe(plan.length);
  });

  it("before the channel is chosen, the plan has no request step yet", () => {
    expect(ids({})).toEqual([
      "moveCodesAndWallets",
      "changeMessagingNumber",
      "backUpSmsAndContacts",
      "keepProof",
      "checkLineIsGone",
      "destroySim",
    ]);
  });
});

describe("planFor: what each step rests on", () => {
  it("the request by phone quotes the carrier's customer-service number, sourced", () => {
    const request = planFor({ ...holderAtStore, channel: "phone", carrier: "movistar" }, today).find(
      (action) => action.id === "requestByPhoneNumber",
    );
    expect(request?.values).toEqual({ carrier: "Movistar", number: "104", anyPhone: "0800 11800" });
    expect(request?.basis).toMatchObject({
      kind: "facts",
      facts: [
        { sources: [{ kind: "osiptel" }, { kind: "osiptel" }, { kind: "osiptel" }] },
        { sources: [{ kind: "press" }] },
      ],
    });
  });

  it("the check after the request counts the business days of the rule in force that day", () => {
    const checkOn = (day: string) =>
      planFor(holderAtStore, day).find((action) => action.id === "checkLineIsGone");
    expect(checkOn("2026-03-25")?.values).toEqual({ days: 5 });
    expect(checkOn("2026-03-26")?.values).toEqual({ days: 1 });
    expect(checkOn("2026-03-26")?.basis).toMatchObject({
      kind: "facts",
      facts: [
        { norm: { name: "Res. 000132-2025-CD/OSIPTEL", from: "2026-03-26", startToBeConfirmed: true } },
        {},
      ],
    });
  });

  it.each([
    "useUpBalance",
    "moveCodesAndWallets",
    "changeMessagingNumber",
    "backUpSmsAndContacts",
    "destroySim",
  ] as const)("%s is our advice, and says so", (id) => {
    expect(planFor(holderAtStore, today).find((action) => action.id === id)?.basis).toEqual({
      kind: "advice",
    });
  });

  it("every other step rests on at least one fact with a source", () => {
    for (const action of planFor({ ...holderAtStore, planType: "postpaid", holder: "someoneElse" }, today)) {
      if (action.basis.kind === "advice") continue;
      expect(action.basis.kind, action.id).toBe("facts");
      if (action.basis.kind === "facts") expect(action.basis.facts.length, action.id).toBeGreaterThan(0);
    }
  });
});

/** Each action as [id, the questions it answers to, the figures it quotes]. */
const actionsOf = (answers: Answers) =>
  planFor(answers, today).map(({ id, because, values }) => [
    id,
    because.map(({ question }) => question).join(" "),
    values ?? null,
  ]);

describe("the whole plan, for people whose cases pull it in different directions", () => {
  it("an heir calling Entel about a postpaid line: the change of holder first, the holder's banks, no messaging numbers to move", () => {
    const heir: Answers = {
      ...holderAtStore,
      reason: "holderDied",
      holder: "deceased",
      planType: "postpaid",
      carrier: "entel",
      channel: "phone",
    };
    expect(actionsOf(heir)).toEqual([
      ["changeHolderFirst", "holder", null],
      ["waitForChangeOfHolder", "holder", { days: 10 }],
      ["cancelBeforeBillingCycle", "planType", null],
      ["tellHolderBanks", "holder", null],
      ["backUpSmsAndContacts", "cardStatus", null],
      ["settlePhone", "planType", null],
      ["requestByPhoneNumber", "channel", { carrier: "Entel", number: "123", anyPhone: "(01) 611 7777" }],
      ["keepProof", "", null],
      ["payFinalBill", "planType", null],
      ["checkLineIsGone", "", { days: 1 }],
      ["destroySim", "cardStatus", null],
    ]);
  });

  it("an heir whose Claro SIM is lost: blocking, then the change of holder, and no replacement SIM to get", () => {
    const heir: Answers = { ...holderAtStore, holder: "deceased", cardStatus: "lost", carrier: "claro" };
    expect(actionsOf(heir)).toEqual([
      ["blockBanksAndWallets", "reason cardStatus", null],
      ["blockLineAndPhone", "reason cardStatus", null],
      ["checkImeiBlocked", "reason cardStatus", null],
      ["changeHolderFirst", "holder", null],
      ["waitForChangeOfHolder", "holder", { days: 10 }],
      ["tellHolderBanks", "holder", null],
      ["requestAtStore", "channel", null],
      ["keepProof", "", null],
      ["checkLineIsGone", "", { days: 1 }],
    ]);
  });

  it("a stolen Claro postpaid line with a phone on instalments, asked for in the app: Claro's replacement deadline and the app by name", () => {
    const stolen: Answers = {
      ...holderAtStore,
      reason: "lostOrStolen",
      cardStatus: "stolen",
      planType: "postpaid",
      channel: "online",
      phoneOnInstalments: "yes",
    };
    expect(actionsOf(stolen)).toEqual([
      ["blockBanksAndWallets", "reason cardStatus", null],
      ["blockLineAndPhone", "reason cardStatus", null],
      ["reportToPolice", "cardStatus", null],
      ["checkImeiBlocked", "reason cardStatus", null],
      ["cancelBeforeBillingCycle", "planType", null],
      ["claroReplacementDeadline", "carrier cardStatus", { days: 90 }],
      ["getReplacementSim", "cardStatus", { hours: 4 }],
      ["moveCodesAndWallets", "", null],
      ["settlePhone", "planType phoneOnInstalments", null],
      ["requestOnlineApp", "channel", { app: "Mi Claro" }],
      ["keepProof", "", null],
      ["payFinalBill", "planType", null],
      ["checkLineIsGone", "", { days: 1 }],
    ]);
  });

  it("a lost Movistar line: a replacement SIM, but not Claro's deadline", () => {
    const lost: Answers = { ...holderAtStore, cardStatus: "lost", carrier: "movistar", channel: "online" };
    expect(actionsOf(lost)).toEqual([
      ["blockBanksAndWallets", "reason cardStatus", null],
      ["blockLineAndPhone", "reason cardStatus", null],
      ["checkImeiBlocked", "reason cardStatus", null],
      ["getReplacementSim", "cardStatus", { hours: 4 }],
      ["moveCodesAndWallets", "", null],
      ["requestOnlineApp", "channel", { app: "Mi Movistar" }],
      ["keepProof", "", null],
      ["checkLineIsGone", "", { days: 1 }],
    ]);
  });

  it("someone acting for the holder of a Bitel prepaid line, before choosing a channel: the holder asks, and no request step yet", () => {
    const forTheHolder: Answers = {
      ...holderAtStore,
      holder: "someoneElse",
      requester: "me",
      carrier: "bitel",
    };
    delete forTheHolder.channel;
    expect(actionsOf(forTheHolder)).toEqual([
      ["holderMustRequest", "holder requester", null],
      ["useUpBalance", "planType", null],
      ["askHolderToMoveCodes", "holder requester", null],
      ["keepProof", "", null],
      ["checkLineIsGone", "", { days: 1 }],
      ["destroySim", "cardStatus", null],
    ]);
  });
});

describe("a flight out of Peru", () => {
  const flightActionOn = (flightDate: string) =>
    planFor({ ...completeAnswers, flightDate }, today).find(({ id }) => id.endsWith("Flight"));

  it("on a day already past asks for nothing more", () => {
    expect(flightActionOn("2026-11-25")).toBeUndefined();
  });

  it.each([today, "2026-11-27", "2026-12-03"])(
    "on %s, too soon for the longer rule counted from today: ask today",
    (flightDate) => {
      expect(flightActionOn(flightDate)).toMatchObject({
        id: "askTodayForFlight",
        values: { days: 5 },
        days: { flight: flightDate },
      });
    },
  );

  it("on the first day the longer rule counted from today still allows: ask by today, and says so", () => {
    expect(flightActionOn("2026-12-04")).toMatchObject({
      id: "askByTodayForFlight",
      values: { days: 5 },
      days: { flight: "2026-12-04" },
    });
  });

  it.each([
    ["2026-12-05", "2026-11-27"],
    ["2026-12-20", "2026-12-11"],
  ])(
    "on %s: ask by %s, counted with the longer of the rules that may apply, both cited",
    (flightDate, lastDay) => {
      const action = flightActionOn(flightDate);
      expect(action).toMatchObject({
        id: "askBeforeFlight",
        values: { days: 5 },
        days: { lastDay, flight: flightDate },
      });
      expect(action?.basis.kind === "facts" && action.basis.facts.map(({ norm }) => norm?.name)).toEqual([
        "Res. 000132-2025-CD/OSIPTEL",
        "Res. 172-2022-CD/OSIPTEL",
      ]);
    },
  );
});
