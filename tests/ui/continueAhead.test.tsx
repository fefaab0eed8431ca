import { waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { ContinueAhead } from "../../src/ui/continueAhead.ts";
import { InfoPage } from "../../src/ui/InfoPage.tsx";
import { RadioQuestion, StatedAnswer } from "../../src/ui/RadioQuestion.tsx";
import { TextQuestion } from "../../src/ui/TextQuestion.tsx";
import { renderWithText } from "../support/renderStep.tsx";

/** Renders a page where the app would, recording what the page says Continue would do. */
function renderTelling(page: ReactNode) {
  const told = vi.fn();
  const view = renderWithText(<ContinueAhead.Provider value={told}>{page}</ContinueAhead.Provider>);
  return { ...view, told };
}

const options = [
  { value: "prepaid", label: "Prepaid" },
  { value: "postpaid", label: "Postpaid" },
];

describe("what a page says Continue would do, before the tap", () => {
  it("a choice: nothing until an option is chosen, then each option as it is chosen, once", async () => {
    const { user, told, getByRole } = renderTelling(
      <RadioQuestion
        name="planType"
        title="Plan?"
        options={options}
        answer={undefined}
        error={null}
        onAnswer={vi.fn()}
      />,
    );
    expect(told).not.toHaveBeenCalled();
    await user.click(getByRole("radio", { name: "Prepaid" }));
    await user.click(getByRole("radio", { name: "Postpaid" }));
    await user.click(getByRole("radio", { name: "Postpaid" }));
    expect(told.mock.calls).toEqual([[{ answer: "prepaid" }], [{ answer: "postpaid" }]]);
  });

  it("a choice answered before: that answer, at once", async () => {
    const { told } = renderTelling(
      <RadioQuestion
        name="planType"
        title="Plan?"
        options={options}
        answer="postpaid"
        error={null}
        onAnswer={vi.fn()}
      />,
    );
    await waitFor(() => expect(told).toHaveBeenCalledWith({ answer: "postpaid" }));
  });

  it("an answer stated, the only one possible: that answer, at once", async () => {
    const { told } = renderTelling(
      <StatedAnswer
        name="channel"
        title="How to ask: In a store"
        answer="store"
        error={null}
        onAnswer={vi.fn()}
      />,
    );
    await waitFor(() => expect(told.mock.calls).toEqual([[{ answer: "store" }]]));
  });

  it("a typed answer: what the field holds, as it is typed", async () => {
    const { user, told, getByRole } = renderTelling(
      <TextQuestion name="lineNumber" title="Number?" answer="" error={null} onAnswer={vi.fn()} />,
    );
    await user.type(getByRole("textbox", { name: "Number?" }), "98");
    expect(told.mock.calls).toEqual([[{ answer: "" }], [{ answer: "9" }], [{ answer: "98" }]]);
  });

  it("a page that tells: go on, and nothing where the page ends the flow", async () => {
    const { told } = renderTelling(
      <InfoPage title="Read this" onContinue={vi.fn()}>
        <p>Text</p>
      </InfoPage>,
    );
    expect(told.mock.calls).toEqual([["next"]]);
    const last = renderTelling(
      <InfoPage title="The end">
        <p>Text</p>
      </InfoPage>,
    );
    expect(last.told).not.toHaveBeenCalled();
  });
});
