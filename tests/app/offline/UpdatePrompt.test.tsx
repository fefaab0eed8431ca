import { I18nProvider } from "@lingui/react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { offerUpdate } from "../../../src/app/offline/serviceWorkerUpdate.ts";
import { UpdatePrompt } from "../../../src/app/offline/UpdatePrompt.tsx";
import { i18n } from "../../../src/i18n/i18n.ts";

describe("UpdatePrompt", () => {
  it("says nothing until a new version waits, then offers to reload into it, in the page's live region", async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider i18n={i18n}>
        <UpdatePrompt />
      </I18nProvider>,
    );
    const region = screen.getByRole("status");
    expect(region).toBeEmptyDOMElement();

    const activateWaitingVersion = vi.fn();
    act(() => offerUpdate(activateWaitingVersion));
    expect(region).toHaveTextContent("A new version of this app is ready. Your answers are kept.");
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(activateWaitingVersion).toHaveBeenCalledOnce();
  });
});
