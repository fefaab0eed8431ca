import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type RadioOption, RadioQuestion, StatedAnswer } from "../../src/ui/RadioQuestion.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

// jsdom has no scrollIntoView, which the error summary's link calls; every browser the app supports has it.
beforeEach(() => {
  Object.defineProperty(Element.prototype, "scrollIntoView", { value: vi.fn(), configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, "scrollIntoView");
});

const options: RadioOption[] = [
  { value: "leavingPeru", label: "I am leaving Peru" },
  { value: "otherLine", label: "I have another line" },
  { value: "other", label: "Another reason" },
];

const title = "Why do you want to cancel the line?";

function Question({
  answer,
  error = null,
  onAnswer = vi.fn(),
}: {
  answer?: string;
  error?: string | null;
  onAnswer?: (value: string | undefined) => void;
}) {
  return (
    <main>
      <RadioQuestion
        name="reason"
        title={title}
        hint="Choose the closest"
        options={options}
        answer={answer}
        error={error}
        onAnswer={onAnswer}
      />
    </main>
  );
}

describe("RadioQuestion", () => {
  it("is a group named by the page's h1, described by the hint, one radio per option", () => {
    renderWithText(<Question />);
    expect(screen.getByRole("heading", { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: title })).toHaveAccessibleDescription("Choose the closest");
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("name"))).toEqual([
      "reason",
      "reason",
      "reason",
    ]);
    for (const option of options) {
      expect(screen.getByRole("radio", { name: option.label })).not.toBeChecked();
    }
  });

  it("Tab enters the group, arrow keys move the choice, Tab then Enter on Continue sends it", async () => {
    const onAnswer = vi.fn();
    const { user } = renderWithText(<Question onAnswer={onAnswer} />);
    await user.tab();
    expect(screen.getByRole("radio", { name: "I am leaving Peru" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    const otherLine = screen.getByRole("radio", { name: "I have another line" });
    expect(otherLine).toHaveFocus();
    expect(otherLine).toBeChecked();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Another reason" })).toBeChecked();
    await user.keyboard("{ArrowUp}");
    expect(otherLine).toBeChecked();
    expect(screen.getByRole("radio", { name: "Another reason" })).not.toBeChecked();
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
    expect(onAnswer).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith("otherLine");
  });

  it("Space picks the focused option, and Space on Continue sends it", async () => {
    const onAnswer = vi.fn();
    const { user } = renderWithText(<Question onAnswer={onAnswer} />);
    await user.tab();
    await user.keyboard(" ");
    expect(screen.getByRole("radio", { name: "I am leaving Peru" })).toBeChecked();
    await user.tab();
    await user.keyboard(" ");
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith("leavingPeru");
  });

  it("starts from the saved answer, and Continue with nothing chosen sends undefined", async () => {
    const onAnswer = vi.fn();
    const { user, unmount } = renderWithText(<Question answer="other" onAnswer={onAnswer} />);
    expect(screen.getByRole("radio", { name: "Another reason" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(onAnswer).toHaveBeenLastCalledWith("other");
    unmount();

    const { user: next } = renderWithText(<Question onAnswer={onAnswer} />);
    await next.click(screen.getByRole("button", { name: "Continue" }));
    expect(onAnswer).toHaveBeenLastCalledWith(undefined);
  });

  it("with an error: the summary takes focus, its link moves focus to the first radio, the group says the error", async () => {
    const { user } = renderWithText(<Question error="Select why you want to cancel the line" />);
    expect(screen.getByRole("region", { name: "There is a problem" })).toHaveFocus();
    // jsdom's name computation drops the space that ends the hidden "Error: "; Chromium reads it with the space.
    expect(screen.getByRole("group", { name: title })).toHaveAccessibleDescription(
      /^Choose the closest Error: ?Select why you want to cancel the line$/,
    );
    await user.tab();
    expect(screen.getByRole("link", { name: "Select why you want to cancel the line" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("radio", { name: "I am leaving Peru" })).toHaveFocus();
  });

  it.each([null, "Select why you want to cancel the line"])(
    "has no WCAG A/AA violations (error: %s)",
    async (error) => {
      const { container } = renderWithText(<Question answer="otherLine" error={error} />);
      expect(await axeViolations(container)).toEqual([]);
    },
  );
});

describe("StatedAnswer", () => {
  const statedTitle = "How to ask: In a store";

  it("states the one answer as the page's heading, with nothing to tick, and Continue gives it", async () => {
    const onAnswer = vi.fn();
    const { user } = renderWithText(
      <main>
        <StatedAnswer
          name="channel"
          title={statedTitle}
          hint="Only in person"
          answer="store"
          error={null}
          onAnswer={onAnswer}
        />
      </main>,
    );
    expect(screen.getByRole("heading", { level: 1, name: statedTitle })).toBeInTheDocument();
    expect(screen.getByText("Only in person")).toBeInTheDocument();
    expect(screen.queryAllByRole("radio")).toEqual([]);
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onAnswer.mock.calls).toEqual([["store"]]);
  });

  it.each([null, "For this line, only a visit to a store is possible"])(
    "has no WCAG A/AA violations (error: %s)",
    async (error) => {
      const { container } = renderWithText(
        <main>
          <StatedAnswer name="channel" title={statedTitle} answer="store" error={error} onAnswer={vi.fn()} />
        </main>,
      );
      expect(await axeViolations(container)).toEqual([]);
    },
  );
});
