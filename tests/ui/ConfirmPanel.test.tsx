import { screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ConfirmPanel, useFocusReturn } from "../../src/ui/ConfirmPanel.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

/** A page with a button opening the panel; like DeleteMyData, Cancel returns focus to the button, confirm does not. */
function PageWithPanel({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const opener = useFocusReturn<HTMLButtonElement>();
  return (
    <main>
      {open ? (
        <ConfirmPanel
          id="delete-data"
          title="Delete everything?"
          confirmLabel="Yes, delete"
          destructive
          onConfirm={() => {
            onConfirm();
            setOpen(false);
          }}
          onCancel={() => {
            onCancel();
            opener.returnFocus();
            setOpen(false);
          }}
        >
          <p>This cannot be undone.</p>
        </ConfirmPanel>
      ) : (
        <button type="button" ref={opener.ref} onClick={() => setOpen(true)}>
          Delete my data
        </button>
      )}
      <label htmlFor="note">Note</label>
      <input id="note" type="text" value={note} onChange={(event) => setNote(event.target.value)} />
    </main>
  );
}

/** Opens the panel with Enter on its opener, then Tabs to the panel's first button. */
async function openPanelWithKeyboard() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const { user } = renderWithText(<PageWithPanel onConfirm={onConfirm} onCancel={onCancel} />);
  await user.tab();
  await user.keyboard("{Enter}");
  await user.tab();
  return { user, onConfirm, onCancel };
}

describe("ConfirmPanel", () => {
  it("opens as a region named by its title, whose heading takes focus", async () => {
    const { user } = renderWithText(<PageWithPanel onConfirm={vi.fn()} onCancel={vi.fn()} />);
    await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("region", { name: "Delete everything?" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Delete everything?" })).toHaveFocus();
    expect(screen.getByText("This cannot be undone.")).toBeInTheDocument();
  });

  it("Tab reaches the confirm button then Cancel; Enter on Cancel cancels and focus returns to the opener", async () => {
    const { user, onConfirm, onCancel } = await openPanelWithKeyboard();
    expect(screen.getByRole("button", { name: "Yes, delete" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole("region", { name: "Delete everything?" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Delete my data" })).toHaveFocus();
  });

  it("Space on the confirm button confirms", async () => {
    const { user, onConfirm, onCancel } = await openPanelWithKeyboard();
    await user.keyboard(" ");
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("useFocusReturn moves focus once only: later renders leave it where the user put it", async () => {
    const { user } = renderWithText(<PageWithPanel onConfirm={vi.fn()} onCancel={vi.fn()} />);
    await user.tab();
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("button", { name: "Delete my data" })).toHaveFocus();
    await user.tab();
    await user.keyboard("abc");
    const note = screen.getByRole("textbox", { name: "Note" });
    expect(note).toHaveValue("abc");
    expect(note).toHaveFocus();
  });

  it("useFocusReturn does not move focus when the panel closes without asking it to (confirm)", async () => {
    const { user } = renderWithText(<PageWithPanel onConfirm={vi.fn()} onCancel={vi.fn()} />);
    await user.tab();
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("button", { name: "Yes, delete" }));
    expect(screen.getByRole("button", { name: "Delete my data" })).not.toHaveFocus();
  });

  it("has no WCAG A/AA violations, open or closed", async () => {
    const { container, user } = renderWithText(<PageWithPanel onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Delete my data" }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
