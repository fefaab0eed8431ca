import { describe, expect, it } from "vitest";
import { citeEveryRule, type DatedFact, fact, osiptelPage, press } from "../../src/content/fact.ts";
import { i18n } from "../../src/i18n/i18n.ts";
import type { Translate } from "../../src/i18n/useText.ts";
import { noteNumbering, notesText } from "../../src/ui/sourceNotes.ts";

const t: Translate = (id, values) => i18n._(id, values);
const helpline = fact("1844", [osiptelPage("https://www.gob.pe/osiptel"), press("https://gestion.pe/a")]);
const sameSourcesOtherOrder = fact("FonoAyuda", [
  press("https://gestion.pe/a"),
  osiptelPage("https://www.gob.pe/osiptel"),
]);
const deadline: DatedFact = {
  rules: [
    { from: null, value: 5, norm: "Res. 172-2022", sources: [press("https://gestion.pe/old")] },
    { from: "2026-03-26", value: 1, norm: "Res. 000132-2025", sources: [press("https://infobae.com/new")] },
  ],
  lastVerified: "2026-11-26",
};

describe("a page's notes", () => {
  it("give the same number to the same sources, in whatever order a statement cites them, and a new one to others", () => {
    const notes = noteNumbering();
    expect(notes.numberFor([helpline])).toBe(1);
    expect(notes.numberFor(citeEveryRule(deadline))).toBe(2);
    expect(notes.numberFor([sameSourcesOtherOrder])).toBe(1);
    expect(notes.notes).toHaveLength(2);
  });

  it("name a rule a statement cites twice once in its note, with the oldest check among its facts", () => {
    const notes = noteNumbering();
    const [older, newer] = citeEveryRule(deadline);
    if (!older || !newer) throw new Error("the deadline has two rules");
    notes.numberFor([newer, older, newer]);
    const [note] = notesText(notes.notes, t, "en");
    expect(note?.remarks).toEqual([
      "rule: Res. 000132-2025, in force since March 26, 2026",
      "rule: Res. 172-2022",
      "press only: no primary source found",
      "checked November 26, 2026",
    ]);
  });
});
