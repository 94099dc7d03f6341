import { chinaToday } from "@/lib/dates/calendar-dates";
import { isScript } from "@/lib/script/request-script";
import {
  buildReminderCalendar,
  parseReminderInput,
  REMINDER_CONTENT_TYPE,
  REMINDER_FILE_NAME,
  reminderErrorText,
} from "@/lib/tools/reminder-calendar";

/**
 * The reminder as an iCalendar file for the fields in the URL (the form on /tools/reminder
 * links here once they are valid), in the script of the URL: `/zh-Hant/tools/reminder/calendar.ics`
 * gives Traditional text. Invalid fields get 400 with the same messages as the form.
 */
export async function GET(request: Request, { params }: { params: Promise<{ script: string }> }) {
  const { script } = await params;
  // Rewrites match case-insensitively, so /zh-hant/… reaches this route unrewritten; like the
  // prerendered pages, it is not a page of this site.
  if (!isScript(script)) return new Response(null, { status: 404 });
  const search = new URL(request.url).searchParams;
  const raw = Object.fromEntries([...new Set(search.keys())].map((name) => [name, search.getAll(name)]));
  const parsed = parseReminderInput(raw);
  if (!parsed.ok) {
    return new Response(reminderErrorText(Object.values(parsed.errors), script), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const now = new Date();
  return new Response(buildReminderCalendar(parsed.input, chinaToday(now), now, script), {
    headers: {
      "Content-Type": REMINDER_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${REMINDER_FILE_NAME}"`,
      "Cache-Control": "no-store",
    },
  });
}
