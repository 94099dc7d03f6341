"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { chinaToday, formatChineseDate } from "@/lib/dates/calendar-dates";
import { parseReminderInput } from "@/lib/tools/reminder-input";
import { nextDueDates, type DueDate } from "@/lib/tools/repayment-dates";

/** How many upcoming dates the preview lists (fewer when the reader asks for fewer months). */
const PREVIEW_DATES = 3;

/** The first dates of the calendar the server would make now for this day and number of months. */
function previewOf(day: number, months: number): { day: number; dates: DueDate[] } {
  return { day, dates: nextDueDates(day, chinaToday(new Date()), Math.min(PREVIEW_DATES, months)) };
}

/** The preview's wording, in the page's script (the server converts it; the browser only fills in numbers). */
export interface ReminderPreviewText {
  /** Before the list; {count} is the number of dates. */
  lead: string;
  /** After a date the short-month rule moved; {day} is the repayment day. */
  movedToMonthEnd: string;
  /** Under the list: the file is made by submitting. */
  submit: string;
}

/**
 * With JavaScript, the next few repayment dates appear under the form as the reader types,
 * worked out with the same parsing and date functions the server uses for the calendar file.
 * Nothing shows while the fields are invalid; submitting still asks the server for messages
 * and the file.
 */
export function LiveReminderPreview({ children, text }: { children: ReactNode; text: ReminderPreviewText }) {
  const [preview, setPreview] = useState<{ day: number; dates: DueDate[] } | undefined>(undefined);

  function update(event: FormEvent<HTMLDivElement>) {
    const form = (event.target as HTMLElement).closest("form");
    if (!form) return;
    const fields = Object.fromEntries([...new FormData(form).entries()].map(([name, value]) => [name, String(value)]));
    const parsed = parseReminderInput(fields);
    setPreview(parsed.ok ? previewOf(parsed.input.day, parsed.input.months) : undefined);
  }

  return (
    <div onInput={update}>
      {children}
      <div aria-live="polite">
        {preview ? (
          <div data-testid="reminder-preview" className="mt-6 space-y-2 rounded-lg border border-zinc-300 px-4 py-3 dark:border-zinc-700">
            <p>{text.lead.replace("{count}", String(preview.dates.length))}</p>
            <ol className="space-y-1">
              {preview.dates.map(({ date, movedToMonthEnd }) => (
                <li key={date}>
                  {formatChineseDate(date)}
                  {movedToMonthEnd ? text.movedToMonthEnd.replace("{day}", String(preview.day)) : null}
                </li>
              ))}
            </ol>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{text.submit}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
