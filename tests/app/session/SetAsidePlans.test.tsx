import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SetAsidePlans } from "../../../src/app/session/SetAsidePlans.tsx";
import { maxLines, savedSessionSchema } from "../../../src/app/session/sessionFormat.ts";
import { setAside, setAsideSessions } from "../../../src/app/session/setAside.ts";
import { sessionKey } from "../../../src/app/session/storageKeys.ts";
import twoLines from "../../fixtures/session-v6-two-lines.json";
import { renderWithText } from "../../support/renderStep.tsx";

const session = savedSessionSchema.parse(twoLines);

describe("SetAsidePlans", () => {
  it("brings a plan back beside the lines saved now; when they would be too many, says so and keeps it aside", async () => {
    setAside(localStorage, session);
    const [line] = session.lines;
    const full = {
      ...session,
      lines: Array.from({ length: maxLines }, (_, index) => ({
        ...(line as (typeof session.lines)[number]),
        id: index + 1,
      })),
      currentLine: 1,
    };
    const onBringBack = vi.fn();
    const { user, unmount } = renderWithText(
      <SetAsidePlans storage={localStorage} current={full} onBringBack={onBringBack} />,
    );
    await user.click(screen.getByRole("button", { name: /^Bring back/ }));
    expect(screen.getByRole("alert")).toHaveTextContent(`This device keeps up to ${maxLines} lines`);
    expect(onBringBack).not.toHaveBeenCalled();
    expect(setAsideSessions(localStorage)).toHaveLength(1);
    unmount();

    // The session saved now, which the plan brought back joins.
    const saved = { ...session, lines: [session.lines[0] as never], currentLine: 1 };
    localStorage.setItem(sessionKey, JSON.stringify(saved));
    const { user: later } = renderWithText(
      <SetAsidePlans storage={localStorage} current={saved} onBringBack={onBringBack} />,
    );
    await later.click(screen.getByRole("button", { name: /^Bring back/ }));
    expect(onBringBack.mock.calls[0]?.[0].lines.map((each: { id: number }) => each.id)).toEqual([1, 2, 3]);
    expect(setAsideSessions(localStorage)).toEqual([]);
    expect(JSON.parse(localStorage.getItem(sessionKey) ?? "null").lines).toHaveLength(3);
  });
});
