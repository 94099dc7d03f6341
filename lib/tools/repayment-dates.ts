import { daysInMonth, isCalendarDate, isoDate } from "@/lib/dates/calendar-dates";

/**
 * The repayment dates of `months` consecutive months, starting with the first on or after
 * `today` (YYYY-MM-DD); days 29–31 become the last day of shorter months (31 → 02-28, 04-30).
 * Kept apart from the calendar file's module so the browser can run it without ical-generator.
 */
export function repaymentDates(day: number, today: string, months: number): string[] {
  if (!isCalendarDate(today)) throw new Error(`today must be a YYYY-MM-DD calendar date, got "${today}"`);
  const [year, month, date] = today.split("-").map(Number) as [number, number, number];
  const startsNextMonth = Math.min(day, daysInMonth(year, month)) < date;
  return Array.from({ length: months }, (_, index) => {
    const offset = month - 1 + index + (startsNextMonth ? 1 : 0);
    const y = year + Math.floor(offset / 12);
    const m = (offset % 12) + 1;
    return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
  });
}

/** One upcoming repayment date, and whether its month is too short for the repayment day. */
export interface DueDate {
  /** YYYY-MM-DD. */
  date: string;
  /** True when the month has no such day (31 in April, 29–31 in February) and the date is its last day. */
  movedToMonthEnd: boolean;
}

/**
 * The next `count` repayment dates on or after `today`, the same dates the calendar file
 * starts with, each marked when the short-month rule moved it to the month's last day.
 */
export function nextDueDates(day: number, today: string, count: number): DueDate[] {
  return repaymentDates(day, today, count).map((date) => ({ date, movedToMonthEnd: Number(date.slice(8)) !== day }));
}
