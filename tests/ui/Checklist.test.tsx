import { screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Checklist, type ChecklistItem } from "../../src/ui/Checklist.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

const items: ChecklistItem[] = [
  { id: "passport", label: "Your passport", detail: "The one you entered Peru with" },
  { id: "sim", label: "The SIM card, in its phone" },
];

/** The document list with the SIM ticked, on a page of its own. */
const renderDocuments = () =>
  renderWithText(
    <main>
      <Checklist
        name="documents"
        legend="Documents to bring"
        items={items}
        ticked={["sim"]}
        onToggle={vi.fn()}
      />
    </main>,
  );

/** A page holding the ticks, as the steps do, so that a toggle shows. */
function TickedChecklist({ onToggle }: { onToggle: (id: string) => void }) {
  const [ticked, setTicked] = useState<string[]>([]);
  return (
    <main>
      <Checklist
        name="documents"
        legend="Documents to bring"
        items={items}
        ticked={ticked}
        onToggle={(id) => {
          onToggle(id);
          setTicked((now) => (now.includes(id) ? now.filter((tick) => tick !== id) : [...now, id]));
        }}
      />
    </main>
  );
}

describe("Checklist", () => {
  it("is a group named by its legend, each checkbox labelled and described by its detail", () => {
    renderDocuments();
    expect(screen.getByRole("group", { name: "Documents to bring" })).toBeInTheDocument();
    const passport = screen.getByRole("checkbox", { name: "Your passport" });
    expect(passport).toHaveAccessibleDescription("The one you entered Peru with");
    expect(passport).not.toBeChecked();
    const sim = screen.getByRole("checkbox", { name: "The SIM card, in its phone" });
    expect(sim).not.toHaveAccessibleDescription();
    expect(sim).toBeChecked();
  });

  it("Space toggles the focused checkbox and onToggle receives its id; Tab moves to the next", async () => {
    const onToggle = vi.fn();
    const { user } = renderWithText(<TickedChecklist onToggle={onToggle} />);
    const passport = screen.getByRole("checkbox", { name: "Your passport" });
    const sim = screen.getByRole("checkbox", { name: "The SIM card, in its phone" });

    await user.tab();
    expect(passport).toHaveFocus();
    await user.keyboard(" ");
    expect(onToggle).toHaveBeenLastCalledWith("passport");
    expect(passport).toBeChecked();

    await user.tab();
    expect(sim).toHaveFocus();
    await user.keyboard(" ");
    expect(onToggle).toHaveBeenLastCalledWith("sim");
    expect(sim).toBeChecked();

    await user.tab({ shift: true });
    await user.keyboard(" ");
    expect(onToggle).toHaveBeenLastCalledWith("passport");
    expect(passport).not.toBeChecked();
    expect(onToggle).toHaveBeenCalledTimes(3);
  });

  it("keeps two lists with the same item ids apart by their name", () => {
    renderWithText(
      <main>
        <Checklist
          name="documents"
          legend="Documents"
          items={items}
          ticked={["passport"]}
          onToggle={vi.fn()}
        />
        <Checklist name="cleanup" legend="Cleanup" items={items} ticked={[]} onToggle={vi.fn()} />
      </main>,
    );
    const [documents, cleanup] = screen.getAllByRole("checkbox", { name: "Your passport" });
    expect(documents).toBeChecked();
    expect(cleanup).not.toBeChecked();
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderDocuments();
    expect(await axeViolations(container)).toEqual([]);
  });
});
