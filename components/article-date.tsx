import { formatChineseDate } from "@/lib/dates/calendar-dates";

export function ArticleDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatChineseDate(date)}</time>;
}
