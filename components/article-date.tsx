import { formatChineseDate } from "@/lib/format-date";

export function ArticleDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatChineseDate(date)}</time>;
}
