import { chinaToday } from "@/lib/format-date";
import { buildReminderCalendar, parseReminderInput, REMINDER_CONTENT_TYPE, REMINDER_FILE_NAME } from "@/lib/tools/reminder-calendar";

/**
 * The reminder as an iCalendar file for the fields in the URL (the form on /tools/reminder
 * links here once they are valid). Invalid fields get 400 with the same messages as the form.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const raw = Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)]));
  const parsed = parseReminderInput(raw);
  if (!parsed.ok) {
    const lines = Object.values(parsed.errors).map((message) => `- ${message}`);
    return new Response(`没能生成日历文件，请回到 /tools/reminder 改一下：\n${lines.join("\n")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const now = new Date();
  return new Response(buildReminderCalendar(parsed.input, chinaToday(now), now), {
    headers: {
      "Content-Type": REMINDER_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${REMINDER_FILE_NAME}"`,
      "Cache-Control": "no-store",
    },
  });
}
