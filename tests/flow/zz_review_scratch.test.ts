import { setupI18n } from "@lingui/core";
import { it } from "vitest";
import { writeFileSync } from "node:fs";
import type { Answers } from "../../src/flow/answers.ts";
import { journeyFor } from "../../src/flow/journey.ts";
import { planFor } from "../../src/flow/plan.ts";
import { documentsFor } from "../../src/flow/documents.ts";
import { cleanupItemsFor } from "../../src/flow/cleanup.ts";
import { planAsText } from "../../src/steps/summary/planAsText.ts";
import { catalogLoaders } from "../../src/i18n/catalogLoaders.ts";

const people: Record<string, Answers> = {
  damagedKeepNumber: { reason: "switchingCarrier", cardStatus: "damaged", planType: "prepaid", carrier: "movistar", lineNumber: "", holder: "me", identityDocument: "dni", channel: "store" },
  damagedOther: { reason: "other", cardStatus: "damaged", planType: "postpaid", phoneOnInstalments: "no", carrier: "claro", lineNumber: "987654321", holder: "me", identityDocument: "dni", channel: "phone" },
  lostEntelPrepaid: { reason: "lostOrStolen", cardStatus: "lost", planType: "prepaid", carrier: "entel", lineNumber: "", holder: "me", identityDocument: "carneExtranjeria", channel: "phone" },
  bitelRep: { reason: "other", cardStatus: "working", planType: "postpaid", carrier: "bitel", phoneOnInstalments: "no", lineNumber: "912345678", holder: "someoneElse", requester: "me", identityDocument: "dni", channel: "store" },
  unsure: { reason: "other", cardStatus: "working", planType: "notSure", carrier: "notSure", lineNumber: "", holder: "notSure", identityDocument: "dni", channel: "store" },
  debtSwitch: { reason: "switchingCarrier", cardStatus: "suspendedForDebt", planType: "postpaid", carrier: "claro", phoneOnInstalments: "notSure", lineNumber: "", holder: "me", identityDocument: "dni", channel: "online" },
  unrecognised: { reason: "unrecognisedLine" },
  flyTomorrow: { reason: "leavingPeru", cardStatus: "working", planType: "postpaid", carrier: "movistar", phoneOnInstalments: "yes", lineNumber: "", holder: "me", identityDocument: "passport", channel: "phone", flightDate: "2026-11-27" },
  flyTomorrowStore: { reason: "leavingPeru", cardStatus: "working", planType: "postpaid", carrier: "entel", phoneOnInstalments: "no", lineNumber: "", holder: "me", identityDocument: "carneExtranjeria", channel: "store", flightDate: "2026-11-27" },
};

it("prints", async () => {
  const out: string[] = [];
  const t9n: Record<string, (id: string, v?: Record<string, unknown>) => string> = {};
  for (const loc of ["en", "es", "zh"] as const) {
    const i = setupI18n();
    const { messages } = await catalogLoaders[loc]();
    i.loadAndActivate({ locale: loc, messages });
    t9n[loc] = (id, v) => i._(id, v as never);
  }
  for (const [name, a] of Object.entries(people)) {
    out.push(`##### ${name}`);
    out.push(`journey: ${journeyFor(a).join(" > ")}`);
    out.push(`plan: ${planFor(a, "2026-11-26").map((p) => p.id + (p.values ? JSON.stringify(p.values) : "") + (p.days ? JSON.stringify(p.days) : "")).join(", ")}`);
    out.push(`docs: ${documentsFor(a).map((d) => d.id + "/" + d.why).join(", ")}`);
    out.push(`cleanup: ${cleanupItemsFor(a).join(", ")}`);
    for (const loc of ["en", "es", "zh"] as const) {
      out.push(`--- ${loc}`);
      out.push(planAsText(a, [], { t: t9n[loc] as never, spanish: t9n.es as never, locale: loc, today: "2026-11-26" }));
    }
  }
  writeFileSync("/tmp/review/out.txt", out.join("\n"));
});
