import { screen, within } from "@testing-library/react";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type FollowUp, noFollowUp } from "../../../src/flow/followUp.ts";
import { CheckInStep } from "../../../src/steps/afterRequest/CheckInStep.tsx";
import { DueDateStep } from "../../../src/steps/afterRequest/DueDateStep.tsx";
import { RequestMadeStep } from "../../../src/steps/afterRequest/RequestMadeStep.tsx";
import { WayUpStep } from "../../../src/steps/afterRequest/WayUpStep.tsx";
import { catchDownloads } from "../../support/catchDownloads.ts";
import { completeAnswers } from "../../support/completeAnswers.ts";
import { noteOf } from "../../support/noteOf.ts";
import { renderStep } from "../../support/renderStep.tsx";

/** Noon in Lima on that day (17:00 UTC): the clock the pages read "today" from. */
const setLimaDay = (day: string) => vi.setSystemTime(new Date(`${day}T17:00:00Z`));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const requestOn = (date: string, code = "CL-42", chosenDate = ""): FollowUp => ({
  ...noFollowUp,
  request: { date, channel: "store", code, chosenDate },
});

describe("recording the request", () => {
  it("opens on today in Lima, even late at night on a phone set to another time zone", () => {
    // 03:00 UTC on 23 July is still the 22nd in Lima.
    vi.setSystemTime(new Date("2026-07-23T03:00:00Z"));
    renderStep(<RequestMadeStep />, "requestMade", { answers: { ...completeAnswers, channel: "phone" } });
    expect(screen.getByLabelText("The day you made the request")).toHaveValue("2026-07-22");
    expect(screen.getByLabelText("By phone")).toBeChecked();
  });

  it("refuses a day after today, linking the error to the date field, and keeps what was typed", async () => {
    setLimaDay("2026-07-22");
    const { user, currentStep } = renderStep(<RequestMadeStep />, "requestMade", {
      answers: completeAnswers,
    });
    const date = screen.getByLabelText("The day you made the request");
    await user.clear(date);
    await user.type(date, "2026-07-30");
    await user.type(screen.getByLabelText("The code they gave you (optional)"), "CL-42");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", {
      name: "The day of the request cannot be after today in Lima (July 22, 2026)",
    });
    expect(link).toHaveAttribute("href", "#request-date");
    expect(currentStep()).toBe("requestMade");
    expect(screen.getByLabelText("The code they gave you (optional)")).toHaveValue("CL-42");
  });

  it("records the day, channel and code, and moves on to the due date", async () => {
    setLimaDay("2026-07-22");
    const { user, actor, currentStep } = renderStep(<RequestMadeStep />, "requestMade", {
      answers: completeAnswers,
    });
    await user.type(screen.getByLabelText("The code they gave you (optional)"), " CL-42 ");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("dueDate");
    expect(actor.getSnapshot().context.followUp.request).toEqual({
      date: "2026-07-22",
      channel: "store",
      code: "CL-42",
      chosenDate: "",
    });
  });
});

describe("the due date", () => {
  it("gives Friday 24 July 2026 for a request on Wednesday 22 July (the 23rd is a holiday), with the code", () => {
    setLimaDay("2026-07-22");
    renderStep(<DueDateStep />, "dueDate", { followUp: requestOn("2026-07-22") });
    expect(
      screen.getByText(/You made the request on July 22, 2026\..*by July 24, 2026\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your code: CL-42\./)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Is the line gone? Answer now" })).not.toBeInTheDocument();
  });

  it("offers the check-in from the due date on", async () => {
    setLimaDay("2026-07-24");
    const { user, currentStep } = renderStep(<DueDateStep />, "dueDate", {
      followUp: requestOn("2026-07-22"),
    });
    await user.click(screen.getByRole("button", { name: "Is the line gone? Answer now" }));
    expect(currentStep()).toBe("checkIn");
  });

  it("says that 2027's holidays are worked out from the law, with the bills that may change them, and that dates past the table may be off", () => {
    setLimaDay("2026-11-27");
    renderStep(<DueDateStep />, "dueDate", { followUp: requestOn("2027-12-30", "", "2028-01-20") });
    expect(screen.getByText(/The holidays of 2027 are worked out from the law/)).toBeInTheDocument();
    const pendingBills = screen.getByText(/bills that would move some holidays to Mondays and add a new one/);
    expect(pendingBills).toHaveTextContent(/none had passed/);
    expect(within(noteOf(pendingBills)).getByRole("link", { name: /atv\.pe/ })).toBeInTheDocument();
    expect(screen.getByText(/Our list of Peru's holidays covers 2026 to 2027 only/)).toBeInTheDocument();
    expect(screen.getByText(/You recorded no code/)).toBeInTheDocument();
  });

  it("hands over a calendar file named after its line: at 09:00 on the due date with the code, and on the carrier's last possible day, each with one alarm and the app's address", async () => {
    setLimaDay("2026-07-22");
    const downloads = catchDownloads();
    const { user } = renderStep(<DueDateStep />, "dueDate", {
      answers: { carrier: "movistar", lineNumber: "987654321" },
      followUp: requestOn("2026-07-22"),
    });
    await user.click(screen.getByRole("button", { name: "Download a calendar reminder (.ics)" }));
    const [download, ...laterDownloads] = downloads;
    expect(laterDownloads).toEqual([]);
    expect(download?.fileName).toBe("adios-chip-reminder-movistar-987654321.ics");
    expect(download?.blob.type).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse((await download?.blob.text()) ?? ""));
    const vevents = calendar.getAllSubcomponents("vevent");
    const [due, latest] = vevents.map((vevent) => new ICAL.Event(vevent));
    expect(due?.startDate.toString()).toBe("2026-07-24T09:00:00");
    expect(due?.description).toContain("CL-42");
    expect(due?.summary).toBe("Check that the mobile line is cancelled");
    // While the 1-day rule's start is unconfirmed, the carrier may hold to 5 business days, past July's holidays.
    expect(latest?.startDate.toString()).toBe("2026-08-03T09:00:00");
    expect(latest?.summary).toBe("Last day of the carrier's longest time to cancel the line");
    expect(vevents.map((vevent) => vevent.getAllSubcomponents("valarm").length)).toEqual([1, 1]);
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue("url"))).toEqual([
      `${window.location.origin}/en/`,
      `${window.location.origin}/en/`,
    ]);
    expect(screen.getByText(/Google Calendar drops the reminder's alarm/)).toBeInTheDocument();
  });
});

describe("is the line gone?", () => {
  it.each([
    ["Yes, the line is cancelled", "lineGone"],
    ["No, the line still works", "wayUp"],
    ["It no longer works, but I am still being billed", "wayUp"],
  ])("“%s” leads to %s", async (answer, next) => {
    const { user, currentStep } = renderStep(<CheckInStep />, "checkIn", {
      followUp: requestOn("2026-07-22"),
    });
    await user.click(screen.getByLabelText(answer));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe(next);
  });
});

describe("the way up", () => {
  const stillBilled: FollowUp = { ...requestOn("2026-07-22"), lineCheck: "stillBilled" };

  it("carries the code into the call and the reclamo, and names the billing matter for a line still billed", () => {
    setLimaDay("2026-07-27");
    renderStep(<WayUpStep />, "wayUp", { answers: completeAnswers, followUp: stillBilled });
    expect(
      screen.getByText(/your cancellation request, code CL-42, was not carried out/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /charges after the date the cancellation was due\. Give the code of your request: CL-42/,
      ),
    ).toBeInTheDocument();
  });

  it("dates the queja once the reclamo's day is recorded, and the appeal once the answer's is", async () => {
    setLimaDay("2026-07-30");
    const { user } = renderStep(<WayUpStep />, "wayUp", { answers: completeAnswers, followUp: stillBilled });
    expect(screen.getByText(/Once you have filed the reclamo/)).toBeInTheDocument();
    await user.type(screen.getByLabelText("The day you filed the reclamo"), "2026-07-27");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("From September 4, 2026.")).toBeInTheDocument();
    expect(screen.getByText("Saved on this device.")).toBeInTheDocument();
  });

  it("refuses an answer dated before the reclamo, with the error linked to its field", async () => {
    setLimaDay("2026-07-30");
    const { user } = renderStep(<WayUpStep />, "wayUp", { answers: completeAnswers, followUp: stillBilled });
    await user.type(screen.getByLabelText("The day you filed the reclamo"), "2026-07-28");
    await user.type(screen.getByLabelText("The day you received the carrier's answer"), "2026-07-27");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link")).toHaveAttribute("href", "#escalation-answerDate");
    expect(screen.queryByText("Saved on this device.")).not.toBeInTheDocument();
  });
});
