import { screen, within } from "@testing-library/react";
import { StrictMode, useState } from "react";
import { describe, expect, it } from "vitest";
import { basedOn } from "../../src/content/basis.ts";
import { citeEveryRule, citeRule, type DatedFact, fact, osiptelPage, press } from "../../src/content/fact.ts";
import { ContinueButton } from "../../src/ui/ContinueButton.tsx";
import { Statement } from "../../src/ui/Statement.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderWithText } from "../support/renderStep.tsx";

const helpline = fact("1844", [osiptelPage("https://www.gob.pe/osiptel")]);
const portability = fact(24, [press("https://gestion.pe/portabilidad")]);

const deadline: DatedFact = {
  rules: [
    { from: null, value: 5, norm: "Res. 172-2022", sources: [press("https://gestion.pe/old")] },
    { from: "2026-03-26", value: 1, norm: "Res. 000132-2025", sources: [press("https://infobae.com/new")] },
  ],
  lastVerified: "2026-11-26",
};

const statement = (words: string) => screen.getByText(words, { exact: false });
const notes = () => within(screen.getByRole("region", { name: "Sources" })).getAllByRole("listitem");

/** A page whose first statement shows only once the user asks for more. */
function GrowingPage() {
  const [more, setMore] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setMore(true)}>
        More
      </button>
      {more && <Statement basis={basedOn(portability)}>Keep your number.</Statement>}
      <Statement basis={basedOn(helpline)}>Call OSIPTEL.</Statement>
    </main>
  );
}

describe("the page's sources", () => {
  it("are one numbered list after the page, one note per set of sources, numbered as the page cites them", () => {
    renderWithText(
      <main>
        <Statement basis={basedOn(helpline)}>Call OSIPTEL.</Statement>
        <Statement basis={basedOn(portability)}>Keep your number.</Statement>
        <Statement basis={basedOn(helpline)}>OSIPTEL answers for free.</Statement>
      </main>,
    );
    expect(statement("Call OSIPTEL.")).toHaveTextContent("[source 1]");
    expect(statement("Keep your number.")).toHaveTextContent("[source 2]");
    expect(statement("OSIPTEL answers for free.")).toHaveTextContent("[source 1]");
    expect(notes().map((note) => note.textContent)).toEqual([
      "gob.pe (OSIPTEL) · checked November 25, 2026",
      "gestion.pe (press) · press only: no primary source found · checked November 25, 2026",
    ]);
    expect(screen.getAllByRole("link", { name: "gob.pe" })).toHaveLength(1);
  });

  it("name each rule once: a later note that follows it points to the note that names it", () => {
    renderWithText(
      <main>
        <Statement basis={basedOn(citeRule(deadline, "2026-11-26"))}>One business day.</Statement>
        <Statement basis={basedOn(citeRule(deadline, "2026-11-26"), ...citeEveryRule(deadline))}>
          Five before the change.
        </Statement>
        <Statement basis={basedOn(citeRule(deadline, "2026-11-26"), helpline)}>Then OSIPTEL.</Statement>
      </main>,
    );
    const listed = screen.getByRole("region", { name: "Sources" }).textContent ?? "";
    expect(listed.match(/Res\. 000132-2025/g)).toHaveLength(1);
    expect(listed.match(/Res\. 172-2022/g)).toHaveLength(1);
    expect(noteOf(statement("Five before the change."))).toHaveTextContent(
      "rule: as in note 1 · rule: Res. 172-2022",
    );
    expect(noteOf(statement("Then OSIPTEL."))).toHaveTextContent("rule: as in note 1");
  });

  it("follow the page's order when a statement appears above the others later", async () => {
    const { user } = renderWithText(<GrowingPage />);
    expect(statement("Call OSIPTEL.")).toHaveTextContent("[source 1]");
    await user.click(screen.getByRole("button", { name: "More" }));
    expect(statement("Keep your number.")).toHaveTextContent("[source 1]");
    expect(statement("Call OSIPTEL.")).toHaveTextContent("[source 2]");
    expect(notes()[1]).toHaveTextContent("gob.pe (OSIPTEL)");
  });

  it("are counted once when React renders the page twice (StrictMode)", () => {
    renderWithText(
      <StrictMode>
        <Statement basis={basedOn(helpline)}>Call OSIPTEL.</Statement>
        <Statement basis={basedOn(portability)}>Keep your number.</Statement>
      </StrictMode>,
    );
    expect(statement("Keep your number.")).toHaveTextContent("[source 2]");
    expect(notes()).toHaveLength(2);
  });

  it("come after Continue: Tab goes from the page's words to Continue without passing a source", async () => {
    const { user } = renderWithText(
      <main>
        <Statement basis={basedOn(helpline, portability)}>Call OSIPTEL, or keep your number.</Statement>
        <ContinueButton onContinue={() => undefined} />
      </main>,
    );
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("link", { name: "gob.pe" })).toHaveFocus();
  });

  it("are not shown on a page that states no fact", () => {
    renderWithText(<p>Nothing cited.</p>);
    expect(screen.queryByRole("region", { name: "Sources" })).not.toBeInTheDocument();
  });
});
