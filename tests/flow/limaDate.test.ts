import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayInLima } from "../../src/flow/limaDate.ts";

const limaCalendar = new Intl.DateTimeFormat("en-CA", {
  timeZone: "America/Lima",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

describe("the day in Lima", () => {
  it("is the day before UTC's until 05:00 UTC, and UTC's own from then", () => {
    expect(dayInLima(new Date("2026-12-06T04:59:59.999Z"))).toBe("2026-12-05");
    expect(dayInLima(new Date("2026-12-06T05:00:00.000Z"))).toBe("2026-12-06");
    expect(dayInLima(new Date("2027-01-01T03:00:00.000Z"))).toBe("2026-12-31");
  });

  it("is the day Lima's own calendar shows, at any moment from 1995 on", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1995-01-01T00:00:00Z"),
          max: new Date("2100-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (moment) => {
          expect(dayInLima(moment)).toBe(limaCalendar.format(moment));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
