import { describe, expect, it } from "vitest";
import { stepIds } from "../../src/flow/steps.ts";
import { stepTitleId } from "../../src/flow/stepTitles.ts";
import { catalogPartOf } from "../../src/i18n/catalogParts.ts";
import en from "../../src/i18n/catalogs/en.json";

/** What the welcome page and the app's frame render before the wizard's chunk (and its part of the catalog) loads. */
const welcomeSide = import.meta.glob<string>(
  [
    "/src/app/App.tsx",
    "/src/app/session/WelcomeNotices.tsx",
    "/src/app/session/DeleteMyData.tsx",
    "/src/app/offline/UpdatePrompt.tsx",
    "/src/steps/WelcomeStep.tsx",
    "/src/ui/Layout.tsx",
    "/src/ui/LanguageSwitch.tsx",
    "/src/ui/ConfirmPanel.tsx",
    "/src/ui/LoadFailure.tsx",
  ],
  { query: "?raw", import: "default", eager: true },
);

const ids = Object.keys(en);

describe("the two parts of each catalog", () => {
  it("the welcome part holds every message the welcome page and the frame use", () => {
    const used = ids.filter((id) =>
      Object.values(welcomeSide).some((source) =>
        new RegExp(`["'\`]${id.replaceAll(".", "\\.")}["'\`]`).test(source),
      ),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => catalogPartOf(id) !== "welcome")).toEqual([]);
  });

  it("the welcome part holds every step's title, which “You stopped at” names", () => {
    const titles = stepIds.flatMap((step) => [
      stepTitleId(step, {}),
      stepTitleId(step, { planType: "prepaid" }),
    ]);
    expect(titles.filter((id) => id in en && catalogPartOf(id) !== "welcome")).toEqual([]);
  });

  it("the wizard's part holds the rest, the greater part: the plan, the documents, the sources", () => {
    const wizard = ids.filter((id) => catalogPartOf(id) === "wizard");
    expect(wizard.length).toBeGreaterThan(ids.length / 2);
    expect(wizard).toEqual(expect.arrayContaining(["plan.keepProof", "documents.item.dni", "source.advice"]));
  });
});
