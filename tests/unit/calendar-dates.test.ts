import { describe, expect, it } from "vitest";
import { chinaToday, formatChineseDate } from "@/lib/dates/calendar-dates";

describe("formatChineseDate", () => {
  it("writes a date the Chinese way", () => {
    expect(formatChineseDate("2026-11-29")).toBe("2026年11月29日");
    expect(formatChineseDate("2027-02-28")).toBe("2027年2月28日");
  });
});

describe("chinaToday", () => {
  it.each([
    ["2026-11-29T15:59:59Z", "2026-11-29"],
    ["2026-11-29T16:00:00Z", "2026-11-30"],
    ["2026-12-31T16:30:00Z", "2027-01-01"],
    ["2028-02-28T20:00:00Z", "2028-02-29"],
  ])("%s is %s in Beijing", (instant, expected) => {
    expect(chinaToday(new Date(instant))).toBe(expected);
  });
});
