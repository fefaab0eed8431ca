import { describe, expect, it } from "vitest";
import {
  cardStatuses,
  carriers,
  channels,
  holders,
  planTypes,
  reasons,
} from "../../src/flow/answerOptions.ts";
import type { Answers } from "../../src/flow/answers.ts";
import { hasUsableAnswer, offeredOptions } from "../../src/flow/questionsAsked.ts";
import {
  asksForFlightDate,
  availableChannels,
  balanceTopics,
  carriersToContact,
  carrierWithFacts,
  channelHintFor,
  chosePhone,
  choseStore,
  deviceNoteFor,
  hasDamagedSim,
  hasDebt,
  holderAdviceFor,
  isClaroLine,
  isDeceasedHoldersLine,
  isLostOrStolen,
  isPostpaid,
  isPrepaid,
  isSomeoneElsesLine,
  isUnrecognisedLine,
  isUnsure,
  keepsNumber,
  lineChecksFor,
  mustReportToPolice,
  needsHolderAdvice,
  needsReasonAdvice,
  plansACancellation,
  portabilityObstaclesFor,
  reasonAdviceFor,
  representativeNeedsNotary,
  showsStaffCard,
} from "../../src/flow/rules.ts";
import { stepTable } from "../../src/flow/steps.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

describe("a lost or stolen line", () => {
  it.each([
    [{ reason: "lostOrStolen" }, true],
    [{ reason: "lostOrStolen", cardStatus: "working" }, true],
    [{ cardStatus: "lost" }, true],
    [{ cardStatus: "stolen" }, true],
    [{ reason: "other", cardStatus: "damaged" }, false],
    [{ reason: "switchingCarrier", cardStatus: "working" }, false],
    [{ cardStatus: "suspendedForDebt" }, false],
    [{}, false],
  ] as const)("%o is lost or stolen: %s", (answers, expected) => {
    expect(isLostOrStolen(answers)).toBe(expected);
  });

  it.each(cardStatuses)("only a stolen card is reported to the police (card %s)", (cardStatus) => {
    expect(mustReportToPolice({ reason: "lostOrStolen", cardStatus })).toBe(cardStatus === "stolen");
  });

  it("a line that is only said to be lost or stolen, with no card status, is not reported to the police", () => {
    expect(mustReportToPolice({ reason: "lostOrStolen" })).toBe(false);
  });
});

describe("a debt", () => {
  it.each(cardStatuses)("only a line suspended for debt has one (card %s)", (cardStatus) => {
    expect(hasDebt({ cardStatus })).toBe(cardStatus === "suspendedForDebt");
  });
});

describe("advice before cancelling", () => {
  it.each([
    ["tooExpensive", "tooExpensive"],
    ["leavingPeru", "leavingPeru"],
    ["lostOrStolen", null],
    ["other", null],
  ] as const)("the reason %s calls for the advice %s", (reason, advice) => {
    expect(reasonAdviceFor({ reason })).toBe(advice);
    expect(needsReasonAdvice({ reason })).toBe(advice !== null);
  });

  it.each([
    ["yes", null],
    ["no", null],
    ["notSure", "switchingCarrier"],
  ] as const)(
    "a switcher answering %s about keeping the number is told about portability: %s",
    (keepNumber, advice) => {
      expect(reasonAdviceFor({ reason: "switchingCarrier", keepNumber })).toBe(advice);
    },
  );

  it.each([
    [{ reason: "switchingCarrier", keepNumber: "yes" }, true, false],
    [{ reason: "switchingCarrier", keepNumber: "no" }, false, true],
    [{ reason: "switchingCarrier", keepNumber: "notSure" }, false, true],
    // An answer left from another reason keeps nothing.
    [{ reason: "leavingPeru", keepNumber: "yes" }, false, true],
  ] as const)("%o keeps the number: %s; plans a cancellation: %s", (answers, keeps, cancels) => {
    expect(keepsNumber(answers)).toBe(keeps);
    expect(plansACancellation(answers)).toBe(cancels);
  });

  it("a switcher keeping the number is asked no flight date: a port needs no last day to ask", () => {
    expect(asksForFlightDate({ reason: "switchingCarrier", keepNumber: "yes", whereabouts: "leaving" })).toBe(
      false,
    );
    expect(asksForFlightDate({ reason: "switchingCarrier", keepNumber: "no", whereabouts: "leaving" })).toBe(
      true,
    );
  });

  it.each([
    ["working", []],
    ["suspendedForDebt", ["debt"]],
    ["damaged", ["noWorkingSim"]],
    ["stolen", ["noWorkingSim"]],
  ] as const)("a line %s stands before a port: %j", (cardStatus, obstacles) => {
    expect(portabilityObstaclesFor({ reason: "switchingCarrier", keepNumber: "yes", cardStatus })).toEqual(
      obstacles,
    );
  });

  it("abroad, the PIN by SMS needs roaming, besides any other obstacle; in Peru or leaving it, nothing more", () => {
    const keeper = { reason: "switchingCarrier", keepNumber: "yes", cardStatus: "working" } as const;
    expect(portabilityObstaclesFor({ ...keeper, whereabouts: "abroad" })).toEqual(["abroad"]);
    expect(portabilityObstaclesFor({ ...keeper, whereabouts: "leaving" })).toEqual([]);
    expect(portabilityObstaclesFor({ ...keeper, whereabouts: "abroad", cardStatus: "stolen" })).toEqual([
      "noWorkingSim",
      "abroad",
    ]);
    expect(
      portabilityObstaclesFor({ ...keeper, whereabouts: "abroad", cardStatus: "suspendedForDebt" }),
    ).toEqual(["debt", "abroad"]);
  });

  it.each([
    ["me", null],
    ["someoneElse", "someoneElse"],
    ["deceased", "deceased"],
    ["notSure", "notSure"],
  ] as const)("the holder %s calls for the advice %s", (holder, advice) => {
    expect(holderAdviceFor({ holder })).toBe(advice);
    expect(needsHolderAdvice({ holder })).toBe(advice !== null);
  });

  it("no answer yet calls for no advice", () => {
    expect(reasonAdviceFor({})).toBeNull();
    expect(holderAdviceFor({})).toBeNull();
    expect(needsReasonAdvice({})).toBe(false);
    expect(needsHolderAdvice({})).toBe(false);
  });
});

describe("whose line it is", () => {
  it.each(holders)("the holder %s: someone else's line, a deceased holder's line", (holder) => {
    expect(isSomeoneElsesLine({ holder })).toBe(holder === "someoneElse");
    expect(isDeceasedHoldersLine({ holder })).toBe(holder === "deceased");
  });

  it.each(carriers)("a representative needs a notarised power of attorney only for Bitel (%s)", (carrier) => {
    expect(representativeNeedsNotary({ holder: "someoneElse", requester: "me", carrier })).toBe(
      carrier === "bitel",
    );
    expect(representativeNeedsNotary({ holder: "someoneElse", requester: "theHolder", carrier })).toBe(false);
  });

  it.each(holders.filter((holder) => holder !== "someoneElse"))(
    "the holder %s on a Bitel line needs no power of attorney",
    (holder) => {
      expect(representativeNeedsNotary({ holder, carrier: "bitel" })).toBe(false);
    },
  );
});

describe("not knowing an answer", () => {
  it.each(["holder", "planType", "carrier"] as const)(
    "only 'not sure' about the %s counts as not knowing it",
    (question) => {
      expect(isUnsure({ [question]: "notSure" }, question)).toBe(true);
      expect(isUnsure({}, question)).toBe(false);
      expect(isUnsure({ ...completeAnswers }, question)).toBe(false);
    },
  );

  it("being unsure of one answer says nothing about another", () => {
    expect(isUnsure({ carrier: "notSure" }, "planType")).toBe(false);
  });
});

describe("the channels open to the user", () => {
  it.each([
    [{ holder: "me" }, ["store", "phone", "online"]],
    [{ holder: "notSure" }, ["store", "phone", "online"]],
    [{}, ["store", "phone", "online"]],
    [{ holder: "someoneElse", requester: "me" }, ["store"]],
    [{ holder: "someoneElse", requester: "theHolder" }, ["store", "phone", "online"]],
    [{ holder: "deceased" }, ["store", "phone", "online"]],
    [{ holder: "me", cardStatus: "stolen" }, ["store", "phone"]],
    [{ holder: "me", cardStatus: "lost" }, ["store", "phone"]],
    [{ holder: "me", cardStatus: "damaged" }, ["store", "phone"]],
    [{ holder: "someoneElse", requester: "me", cardStatus: "stolen" }, ["store"]],
  ] as const)("for %o: %o", (answers, expected) => {
    expect(availableChannels(answers)).toEqual(expected);
    expect(offeredOptions("channel", answers)).toEqual(expected);
  });

  it("an heir is told that the line must be theirs before it can be cancelled; a representative that only a visit will do", () => {
    expect(channelHintFor({ holder: "deceased" })).toBe("heir");
    expect(channelHintFor({ reason: "holderDied", holder: "deceased" })).toBe("heir");
    expect(channelHintFor({ holder: "someoneElse", requester: "me" })).toBe("representative");
    expect(channelHintFor({ holder: "me", cardStatus: "stolen" })).toBe("noWorkingSim");
    expect(channelHintFor({ holder: "me", cardStatus: "working" })).toBe("any");
  });

  it("when the reason is the holder's death, the holder question can only be answered one way", () => {
    expect(offeredOptions("holder", { reason: "holderDied" })).toEqual(["deceased"]);
    expect(offeredOptions("holder", { reason: "leavingPeru" })).toEqual(holders);
  });

  it("every other question offers all its options whatever the answers, and the line number none", () => {
    const representative: Answers = { holder: "someoneElse" };
    expect(offeredOptions("reason", representative)).toEqual(reasons);
    expect(offeredOptions("planType", representative)).toEqual(planTypes);
    expect(offeredOptions("holder", representative)).toEqual(holders);
    expect(offeredOptions("lineNumber", representative)).toEqual([]);
  });

  it.each([
    [{ holder: "me" }, "phone", true],
    [{ holder: "me" }, "online", true],
    [{ holder: "someoneElse", requester: "me" }, "store", true],
    [{ holder: "someoneElse", requester: "me" }, "phone", false],
    [{ holder: "someoneElse", requester: "me" }, "online", false],
    [{ holder: "someoneElse", requester: "theHolder" }, "online", true],
    [{ holder: "me", cardStatus: "stolen" }, "online", false],
    [{ holder: "deceased" }, "phone", true],
  ] as const)("%o may still use the channel %s: %s", (answers, channel, usable) => {
    expect(hasUsableAnswer("channel", { ...answers, channel })).toBe(usable);
  });

  it("any other answer given stays usable, and a question not answered has no usable answer", () => {
    expect(hasUsableAnswer("holder", { holder: "someoneElse", channel: "phone" })).toBe(true);
    expect(hasUsableAnswer("lineNumber", { lineNumber: "" })).toBe(true);
    expect(hasUsableAnswer("carrier", { holder: "me" })).toBe(false);
    expect(hasUsableAnswer("channel", { holder: "me" })).toBe(false);
  });

  it.each(channels)("the pages for the channel %s", (channel) => {
    expect(choseStore({ channel })).toBe(channel === "store");
    expect(chosePhone({ channel })).toBe(channel === "phone");
    // Someone in Peru shows the card for the holder abroad.
    expect(showsStaffCard({ channel })).toBe(channel === "store" || channel === "someoneInPeru");
  });
});

describe("the carrier", () => {
  it.each([
    ["claro", "claro"],
    ["movistar", "movistar"],
    ["entel", "entel"],
    ["bitel", "bitel"],
    ["other", null],
    ["notSure", null],
  ] as const)("the carrier %s has the facts of %s", (carrier, withFacts) => {
    expect(carrierWithFacts({ carrier })).toBe(withFacts);
  });

  it.each([
    [{}, ["claro", "movistar", "entel", "bitel"]],
    [{ carrier: "entel" }, ["entel"]],
    [{ carrier: "other" }, []],
    [{ carrier: "notSure" }, ["claro", "movistar", "entel", "bitel"]],
  ] as const)(
    "a page that says to ask the carrier, for %o, gives the contacts of %o",
    (answers, carriers) => {
      expect(carriersToContact(answers)).toEqual(carriers);
    },
  );

  it("no carrier answered has no facts", () => {
    expect(carrierWithFacts({})).toBeNull();
  });

  it.each([
    ["claro", true],
    ["movistar", false],
    ["other", false],
    ["notSure", false],
  ] as const)("Claro's own notes apply to the carrier %s: %s", (carrier, applies) => {
    expect(isClaroLine({ carrier })).toBe(applies);
  });
});

describe("the kind of plan", () => {
  it.each(planTypes)("the plan type %s is prepaid or postpaid", (planType) => {
    expect(isPrepaid({ planType })).toBe(planType === "prepaid");
    expect(isPostpaid({ planType })).toBe(planType === "postpaid");
  });

  it.each([
    [{ planType: "prepaid" }, ["prepaidBalance"]],
    [{ planType: "postpaid" }, ["postpaidBill"]],
    [{ planType: "notSure" }, ["prepaidBalance", "postpaidBill"]],
    [{}, ["prepaidBalance", "postpaidBill"]],
    [{ planType: "prepaid", cardStatus: "suspendedForDebt" }, ["prepaidBalance", "debt"]],
    [{ planType: "postpaid", cardStatus: "suspendedForDebt" }, ["postpaidBill", "debt"]],
    [
      { planType: "prepaid", reason: "leavingPeru", whereabouts: "leaving" },
      ["prepaidBalance", "unusedPrepaidLine"],
    ],
    [{ planType: "prepaid", cardStatus: "lost" }, ["blockedPrepaidBalance"]],
    [{ planType: "prepaid", cardStatus: "damaged" }, ["blockedPrepaidBalance"]],
    [{ planType: "postpaid", reason: "leavingPeru", whereabouts: "leaving" }, ["postpaidBill"]],
    [{ planType: "prepaid", carrier: "claro" }, ["prepaidBalance", "claroPasaSaldo"]],
    [
      { planType: "prepaid", carrier: "claro", whereabouts: "abroad", receivesSms: "yes" },
      ["prepaidBalance", "claroPasaSaldo", "unusedPrepaidLine"],
    ],
    // Abroad without roaming the SIM can neither spend nor pass on its balance, Claro's included.
    [
      { planType: "prepaid", carrier: "claro", whereabouts: "abroad", receivesSms: "no" },
      ["prepaidBalanceOutOfReach", "unusedPrepaidLine"],
    ],
    [
      { planType: "notSure", whereabouts: "abroad", receivesSms: "notSure" },
      ["prepaidBalanceOutOfReach", "unusedPrepaidLine", "postpaidBill"],
    ],
  ] as const)("the balance page for %o speaks of %o", (answers, topics) => {
    expect(balanceTopics(answers)).toEqual(topics);
  });
});

describe("the pages the flow stops at", () => {
  it("the blocking and debt pages follow the same rules as the plan", () => {
    const shownWhenOf = (id: string) =>
      stepTable.flatMap((step) => (step.id === id && "shownWhen" in step ? [step.shownWhen] : []))[0];
    expect(shownWhenOf("blockFirst")).toBe(isLostOrStolen);
    expect(shownWhenOf("debtFirst")).toBe(hasDebt);
  });
});

describe("rules read from one answer", () => {
  it.each(cardStatuses)("a damaged SIM is one whose card is damaged (card %s)", (cardStatus) => {
    expect(hasDamagedSim({ cardStatus })).toBe(cardStatus === "damaged");
  });

  it.each(reasons)("a line the user does not recognise is one given that reason (reason %s)", (reason) => {
    expect(isUnrecognisedLine({ reason })).toBe(reason === "unrecognisedLine");
  });

  it("a dead holder's line is one so described by the reason or by the holder question", () => {
    expect(isDeceasedHoldersLine({ reason: "holderDied" })).toBe(true);
    expect(isDeceasedHoldersLine({ reason: "other", holder: "me" })).toBe(false);
  });

  it("a prepaid line sends no bill, so “still billed” is not offered for it after the due date", () => {
    expect(lineChecksFor({ planType: "prepaid" })).toEqual(["gone", "stillWorking"]);
    expect(lineChecksFor({ planType: "postpaid" })).toEqual(["gone", "stillWorking", "stillBilled"]);
    expect(lineChecksFor({ planType: "notSure" })).toEqual(["gone", "stillWorking", "stillBilled"]);
  });

  it.each<[Answers, ReturnType<typeof deviceNoteFor>]>([
    [{ planType: "prepaid", phoneOnInstalments: "yes" }, null],
    [{ planType: "postpaid", phoneOnInstalments: "no" }, null],
    [{ planType: "postpaid", phoneOnInstalments: "yes" }, "phoneWithPlan"],
    [{ planType: "postpaid", phoneOnInstalments: "yes", cardStatus: "stolen" }, "phoneWithPlanGone"],
    [{ planType: "postpaid", phoneOnInstalments: "notSure" }, "phoneMaybeWithPlan"],
    [{ planType: "postpaid" }, "phoneMaybeWithPlan"],
  ])("the note on a phone that came with the plan, for %o: %s", (answers, note) => {
    expect(deviceNoteFor(answers)).toBe(note);
  });
});
