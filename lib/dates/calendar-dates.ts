/**
 * Calendar dates (YYYY-MM-DD, Gregorian, no time of day) and how readers see them: the one
 * place the site's date rules live. Dates are computed in UTC so no local time zone can move
 * a day; "today" is the date in China, where repayment days fall.
 */

/**
 * True when `text` is a YYYY-MM-DD date that exists on the calendar.
 * `Date` would silently roll 2025-02-30 into March, so the round trip is compared.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date as YYYY-MM-DD. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The date `months` calendar months before a YYYY-MM-DD date (clamped to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

const chineseDate = new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** Formats a validated YYYY-MM-DD date for readers, e.g. 2026年11月29日. */
export function formatChineseDate(date: string): string {
  return chineseDate.format(new Date(`${date}T00:00:00Z`));
}

const chinaCalendarDate = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: "Asia/Shanghai",
});

/** The calendar date (YYYY-MM-DD) it is in China at `now`: repayment days follow Beijing time. */
export function chinaToday(now: Date): string {
  return chinaCalendarDate.format(now);
}
