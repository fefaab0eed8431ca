import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ImportSession } from "../../../src/app/session/ImportSession.tsx";
import { maxImportBytes } from "../../../src/app/session/sessionFile.ts";
import { currentVersion } from "../../../src/app/session/sessionFormat.ts";
import sessionV1 from "../../fixtures/session-v1.json";
import sessionV5 from "../../fixtures/session-v5.json";
import sessionV5FollowedUp from "../../fixtures/session-v5-followed-up.json";
import { renderWithText } from "../../support/renderStep.tsx";

const jsonFile = (content: unknown, name = "adios-chip-session.json") =>
  new File([typeof content === "string" ? content : JSON.stringify(content)], name, {
    type: "application/json",
  });

function renderImport(setAsideWorks = true) {
  const onReplace = vi.fn(() => setAsideWorks);
  const view = renderWithText(<ImportSession onReplace={onReplace} />);
  const choose = (file: File) => view.user.upload(screen.getByLabelText("Import a session"), file);
  return { ...view, onReplace, choose };
}

describe("ImportSession", () => {
  it("has a labelled file field that says what file to choose", () => {
    renderImport();
    const field = screen.getByLabelText("Import a session");
    expect(field).toHaveAttribute("type", "file");
    expect(field).toHaveAccessibleDescription(
      /Choose a file downloaded from this app \(adios-chip-session\.json\)/,
    );
  });

  it("refuses a file over the size limit without reading it", async () => {
    const { choose, onReplace } = renderImport();
    const big = jsonFile({ ...sessionV5, padding: "x".repeat(maxImportBytes) });
    const read = vi.spyOn(big, "text");
    await choose(big);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The selected file is too big to be a session file",
    );
    expect(screen.getByLabelText("Import a session")).toHaveAccessibleDescription(
      new RegExp(`the limit is ${maxImportBytes / 1000} kB`),
    );
    expect(read).not.toHaveBeenCalled();
    expect(onReplace).not.toHaveBeenCalled();
  });

  it("refuses a file that is not one of ours", async () => {
    const { choose, onReplace } = renderImport();
    await choose(jsonFile({ name: "holiday photos", version: 2 }, "photos.json"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The selected file is not a session from this app.",
    );
    await choose(jsonFile("just some text", "notes.txt"));
    expect(await screen.findByRole("alert")).toHaveTextContent("not a session from this app");
    expect(onReplace).not.toHaveBeenCalled();
  });

  it("refuses one of ours that was edited or damaged", async () => {
    const { choose, onReplace } = renderImport();
    await choose(jsonFile({ ...sessionV5, answers: { ...sessionV5.answers, carrier: "anything" } }));
    expect(await screen.findByRole("alert")).toHaveTextContent("changed or damaged and cannot be used");
    await choose(jsonFile(JSON.stringify(sessionV5).slice(0, 200)));
    expect(await screen.findByRole("alert")).toHaveTextContent("changed or damaged");
    expect(onReplace).not.toHaveBeenCalled();
  });

  const followedUp = sessionV5FollowedUp;
  const withRequest = (change: object) => ({
    ...followedUp,
    followUp: { ...followedUp.followUp, request: { ...followedUp.followUp.request, ...change } },
  });
  const withEscalation = (change: object) => ({
    ...followedUp,
    followUp: { ...followedUp.followUp, escalation: { ...followedUp.followUp.escalation, ...change } },
  });
  const edited =
    "The selected file is a session from this app, but it has been changed or damaged and cannot be used. ";
  it.each([
    [
      "a request made in the year 9999",
      withRequest({ date: "9999-12-31" }),
      /The day of the request cannot be after today in Lima \(\w+ \d+, \d{4}\)/,
    ],
    [
      "a chosen day past the month allowed",
      withRequest({ chosenDate: "2026-12-31" }),
      "The chosen day must be between July 24, 2026 and August 22, 2026",
    ],
    [
      "a reclamo before the request",
      withEscalation({ reclamoDate: "2026-07-01" }),
      "The reclamo's day must be a date between your request and today",
    ],
    [
      "a flight in 1990",
      { ...followedUp, answers: { ...followedUp.answers, flightDate: "1990-07-14" } },
      "Your flight's date has passed",
    ],
  ])(
    "refuses a file edited to hold %s, with its page's own message, and replaces nothing",
    async (_, file, message) => {
      const { choose, onReplace } = renderImport();
      await choose(jsonFile(file));
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent(edited);
      expect(alert).toHaveTextContent(message);
      expect(screen.getByLabelText("Import a session")).toHaveAccessibleDescription(
        typeof message === "string" ? expect.stringContaining(message) : message,
      );
      expect(onReplace).not.toHaveBeenCalled();
    },
  );

  it.each([
    ["a request day of 10000-01-01", withRequest({ date: "10000-01-01" })],
    ["a code of 500 characters", withRequest({ code: "x".repeat(500) })],
  ])("refuses a file edited to hold %s, which no page could write, as changed", async (_, file) => {
    const { choose, onReplace } = renderImport();
    await choose(jsonFile(file));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /^Error: The selected file is a session from this app, but it has been changed or damaged and cannot be used\.$/,
    );
    expect(onReplace).not.toHaveBeenCalled();
  });

  it("asks before replacing; Cancel keeps the current answers and returns to the field", async () => {
    const { user, choose, onReplace } = renderImport();
    await choose(jsonFile(sessionV5));
    const question = await screen.findByRole("heading", {
      name: "Replace your current answers with the imported ones?",
    });
    expect(question).toHaveFocus();
    expect(screen.getByText(/The imported session stopped at “Your plan” on/)).toHaveTextContent(
      "Your current answers are set aside on this device: the welcome page can bring them back.",
    );
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onReplace).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Import a session")).toHaveFocus();
  });

  it("replaces with the imported session, brought up to the current format, once confirmed", async () => {
    const { user, choose, onReplace } = renderImport();
    await choose(jsonFile(sessionV1));
    await user.click(await screen.findByRole("button", { name: "Replace" }));
    expect(onReplace).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        version: currentVersion,
        lines: [
          expect.objectContaining({
            step: "identityDocument",
            answers: { ...sessionV1.answers, whereabouts: "leaving" },
          }),
        ],
      }),
    );
  });

  it("says nothing was replaced when the device would not keep the current answers, and offers the field again", async () => {
    const { user, choose } = renderImport(false);
    await choose(jsonFile(sessionV1));
    await user.click(await screen.findByRole("button", { name: "Replace" }));
    expect(screen.getByRole("alert")).toHaveTextContent("so nothing was replaced");
    expect(screen.getByLabelText("Import a session")).toHaveFocus();
  });
});
