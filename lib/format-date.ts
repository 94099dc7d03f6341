const chineseDate = new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** Formats a validated YYYY-MM-DD date for readers, e.g. 2026年11月29日. */
export function formatChineseDate(isoDate: string): string {
  return chineseDate.format(new Date(`${isoDate}T00:00:00Z`));
}

const chinaCalendarDate = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Shanghai" });

/** The calendar date (YYYY-MM-DD) it is in China at `now`: repayment days follow Beijing time. */
export function chinaToday(now: Date): string {
  return chinaCalendarDate.format(now);
}
