const chineseDate = new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** Formats a validated YYYY-MM-DD date for readers, e.g. 2026年11月29日. */
export function formatChineseDate(isoDate: string): string {
  return chineseDate.format(new Date(`${isoDate}T00:00:00Z`));
}
