import { describe, expect, it } from "vitest";
import { nextDueDates, repaymentDates } from "@/lib/tools/repayment-dates";

/** The dates alone, with "→" after each one the short-month rule moved. */
function shown(day: number, today: string, count: number): string[] {
  return nextDueDates(day, today, count).map(({ date, movedToMonthEnd }) => (movedToMonthEnd ? `${date}→` : date));
}

describe("nextDueDates", () => {
  it("day 31 falls on 30 April and is marked as moved", () => {
    expect(shown(31, "2027-03-15", 3)).toEqual(["2027-03-31", "2027-04-30→", "2027-05-31"]);
  });

  it("day 31 falls on 28 February in a common year and 29 February in a leap year", () => {
    expect(shown(31, "2027-01-31", 3)).toEqual(["2027-01-31", "2027-02-28→", "2027-03-31"]);
    expect(shown(31, "2028-02-01", 2)).toEqual(["2028-02-29→", "2028-03-31"]);
  });

  it("day 30 falls on February's last day, and is itself in April", () => {
    expect(shown(30, "2027-02-01", 3)).toEqual(["2027-02-28→", "2027-03-30", "2027-04-30"]);
    expect(shown(30, "2028-01-31", 3)).toEqual(["2028-02-29→", "2028-03-30", "2028-04-30"]);
  });

  it("day 29 is 29 February in a leap year, unmoved, and 28 February otherwise", () => {
    expect(shown(29, "2028-01-30", 3)).toEqual(["2028-02-29", "2028-03-29", "2028-04-29"]);
    expect(shown(29, "2027-01-30", 3)).toEqual(["2027-02-28→", "2027-03-29", "2027-04-29"]);
  });

  it("follows the century rule: 2100 has no 29 February, 2000 had one", () => {
    expect(shown(29, "2100-02-01", 1)).toEqual(["2100-02-28→"]);
    expect(shown(29, "2000-02-01", 1)).toEqual(["2000-02-29"]);
  });

  it("counts today's repayment day, also when the short month moved it to today", () => {
    expect(shown(15, "2026-11-15", 2)).toEqual(["2026-11-15", "2026-12-15"]);
    expect(shown(31, "2027-04-30", 2)).toEqual(["2027-04-30→", "2027-05-31"]);
  });

  it("starts next month once this month's repayment day has passed, across the year end", () => {
    expect(shown(15, "2026-11-16", 2)).toEqual(["2026-12-15", "2027-01-15"]);
    expect(shown(5, "2026-12-06", 3)).toEqual(["2027-01-05", "2027-02-05", "2027-03-05"]);
    expect(shown(31, "2026-12-31", 3)).toEqual(["2026-12-31", "2027-01-31", "2027-02-28→"]);
  });

  it("never moves days 1–28, and lists exactly the calendar's first dates", () => {
    for (const today of ["2027-01-31", "2027-02-28", "2028-02-29", "2027-12-31"]) {
      for (let day = 1; day <= 31; day += 1) {
        const due = nextDueDates(day, today, 14);
        expect(
          due.map(({ date }) => date),
          `${today} day ${day}`,
        ).toEqual(repaymentDates(day, today, 14));
        if (day <= 28)
          expect(
            due.some(({ movedToMonthEnd }) => movedToMonthEnd),
            `${today} day ${day}`,
          ).toBe(false);
        else expect(due.filter(({ movedToMonthEnd }) => movedToMonthEnd).length, `${today} day ${day}`).toBeGreaterThan(0);
      }
    }
  });

  it("gives as many dates as asked, none for zero", () => {
    expect(nextDueDates(10, "2026-11-29", 0)).toEqual([]);
    expect(nextDueDates(10, "2026-11-29", 3)).toHaveLength(3);
  });

  it("rejects a today that is not a calendar date", () => {
    expect(() => nextDueDates(15, "2027-02-29", 3)).toThrow(/YYYY-MM-DD/);
  });
});
