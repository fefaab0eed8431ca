import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { YourLines } from "../../../src/app/lines/YourLines.tsx";
import { savedSessionSchema } from "../../../src/app/session/sessionFormat.ts";
import { withAnotherLine } from "../../../src/app/session/sessionLines.ts";
import twoLines from "../../fixtures/session-v6-two-lines.json";
import { renderWithText } from "../../support/renderStep.tsx";

const session = savedSessionSchema.parse(twoLines);

function renderLines(onRemove = vi.fn(() => true), shown = session) {
  const actions = { onOpen: vi.fn(), onPlanAnother: vi.fn(), onRemove };
  const view = renderWithText(
    <YourLines
      session={shown}
      shownLine={shown.currentLine}
      shownNote="the plan on this page"
      {...actions}
    />,
  );
  return { ...view, ...actions };
}

describe("YourLines", () => {
  it("lists each line by carrier and number with where it stands, the one on the page marked and not offered", async () => {
    const { user, onOpen } = renderLines();
    const items = within(screen.getByRole("region", { name: "Your lines" })).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector("p")?.textContent)).toEqual([
      "Bitel (line 1)Still planning: you stopped at “Your plan”.",
      expect.stringMatching(
        /^Claro, 987654321 \(the plan on this page\)Still there after .*: reclamo filed on July 28, 2026\.$/,
      ),
    ]);
    expect(within(items[1] as HTMLElement).queryByRole("button")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Resume Bitel (line 1)" }));
    expect(onOpen).toHaveBeenCalledWith(1);
  });

  it("asks before removing a line, naming it; Cancel keeps it, and a device that would not keep a copy is said so", async () => {
    const onRemove = vi.fn(() => false);
    const { user } = renderLines(onRemove);
    await user.click(screen.getByRole("button", { name: "Remove Bitel (line 1)" }));
    expect(screen.getByRole("heading", { name: "Remove Bitel (line 1) from your lines?" })).toHaveFocus();
    expect(screen.getByText(/A copy stays on this device/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onRemove).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Remove Bitel (line 1)" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Remove Bitel (line 1)" }));
    await user.click(screen.getByRole("button", { name: "Yes, remove it" }));
    expect(onRemove).toHaveBeenCalledWith(1);
    expect(screen.getByRole("alert")).toHaveTextContent("so nothing was replaced");
  });

  it("says which line was removed, where focus goes, and where it can be brought back from", async () => {
    const { user } = renderLines(vi.fn(() => true));
    await user.click(screen.getByRole("button", { name: "Remove Bitel (line 1)" }));
    await user.click(screen.getByRole("button", { name: "Yes, remove it" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Bitel (line 1) was removed from your lines. “Plans you set aside”, on the welcome page, can bring it back.",
    );
    expect(screen.getByRole("status")).toHaveFocus();
  });

  it("offers another line without a list when there is one line only", async () => {
    const one = { ...session, lines: [session.lines[1] as (typeof session.lines)[number]] };
    const { user, onPlanAnother } = renderLines(undefined, one);
    expect(screen.queryByRole("region", { name: "Your lines" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Plan another line" }));
    expect(onPlanAnother).toHaveBeenCalledOnce();
  });

  it("says once, as advice, that two lines of one carrier can be cancelled in the same store visit", () => {
    const atStore = { carrier: "movistar", channel: "store", whereabouts: "inPeru" } as const;
    const fresh = withAnotherLine(withAnotherLine({ ...session, lines: [] as typeof session.lines }));
    const both = { ...fresh, lines: fresh.lines.map((line) => ({ ...line, answers: atStore })) };
    renderLines(undefined, both);
    expect(screen.getAllByText(/in one visit to a Movistar store/)).toEqual([
      expect.objectContaining({
        textContent: expect.stringMatching(
          /^Our advice: Your Movistar lines \(Movistar \(line 1\) and Movistar \(line 2\)\)/,
        ),
      }),
    ]);
  });
});
