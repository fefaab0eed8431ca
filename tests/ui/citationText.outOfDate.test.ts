import { afterEach, describe, expect, it, vi } from "vitest";
import { fact, osiptelPage, press } from "../../src/content/fact.ts";
import { i18n } from "../../src/i18n/i18n.ts";
import type { Translate } from "../../src/i18n/useText.ts";
import { checkNotes } from "../../src/ui/citationText.ts";

const t: Translate = (id, values) => i18n._(id, values);
const checked = fact("1844", [osiptelPage("https://www.gob.pe/osiptel"), press("https://gestion.pe/a")], {
  verified: "2026-11-25",
});

afterEach(() => {
  vi.useRealTimers();
});

describe("what a note says of its check, on the page and in the downloaded plan", () => {
  it("says an old check may be out of date once a year has passed on the day in Lima", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-11-26T04:30:00Z"));
    expect(checkNotes([checked], t, "en")).toEqual(["checked November 25, 2026"]);
    vi.setSystemTime(new Date("2027-11-26T05:30:00Z"));
    expect(checkNotes([checked], t, "en")).toEqual([
      "checked November 25, 2026",
      "may be out of date: check with the carrier or OSIPTEL",
    ]);
  });

  it("says when the only sources are the press", async () => {
    const onPress = fact(1, [press("https://gestion.pe/a")], { verified: "2026-11-25" });
    expect(checkNotes([onPress], t, "en")).toContain("press only: no primary source found");
  });
});
