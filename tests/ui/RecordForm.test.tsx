import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { RecordForm } from "../../src/ui/RecordForm.tsx";
import { renderWithText } from "../support/renderStep.tsx";

const fields = [
  { name: "day", label: "The day", type: "date" },
  { name: "code", label: "The code" },
] as const;

const renderForm = (error: { field: string; message: string } | null = null) => {
  const onSave = vi.fn();
  const view = renderWithText(
    <RecordForm
      id="record"
      title="Your record"
      intro={<p>Leave empty what has not happened.</p>}
      fields={fields}
      values={{ day: "", code: "" }}
      error={error}
      saveLabel="Save"
      savedMessage="Saved on this device."
      onSave={onSave}
    />,
  );
  return { ...view, onSave };
};

describe("a form saved on its own page", () => {
  it("hands over what was typed, says it is saved, and sends nothing through the address", async () => {
    const { user, onSave, container } = renderForm();
    await user.type(screen.getByLabelText("The code"), "R-7");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ day: "", code: "R-7" });
    expect(screen.getByRole("status")).toHaveTextContent("Saved on this device.");
    expect(container.querySelector("form")).toHaveAttribute("method", "post");
    expect(window.location.search).toBe("");
  });

  it("links its error summary to the field at fault, which carries the message", () => {
    renderForm({ field: "code", message: "The day must be a date" });
    const summary = screen.getByRole("alert");
    expect(within(summary).getByRole("link", { name: "The day must be a date" })).toHaveAttribute(
      "href",
      "#record-code",
    );
    expect(screen.getByLabelText("The code")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("The code")).toHaveAccessibleDescription(/The day must be a date/);
    expect(screen.getByLabelText("The day")).not.toHaveAttribute("aria-invalid");
  });

  it("links its error summary to the first field when the refusal names none of its own", () => {
    renderForm({ field: "date", message: "Not a record" });
    expect(within(screen.getByRole("alert")).getByRole("link")).toHaveAttribute("href", "#record-day");
    expect(screen.getByLabelText("The day")).not.toHaveAttribute("aria-invalid");
  });

  it("shows no saved status while its record is refused", async () => {
    const { user } = renderForm({ field: "day", message: "The day must be a date" });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });
});
