import { inScript } from "@/lib/script/in-script";
import { scriptPath, type Script } from "@/lib/script/request-script";
import Big from "big.js";
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventTransparency } from "ical-generator";
import { isCalendarDate } from "@/lib/content/calendar-date";
import { decimalPlaces, decimalSchema, type FieldSpec, parseFields, type RawFields } from "./form-input";
import { amountSchema, showFenAsYuan, toMoney } from "./money";

/** The name a browser should save the calendar file under. */
export const REMINDER_FILE_NAME = "jiebei-repayment-reminder.ics";

/** The Content-Type to serve the file with (RFC 5545 §8.1; the text is UTF-8). */
export const REMINDER_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** Months of reminders when the reader does not say; 借呗 terms are usually up to 12 months. */
export const DEFAULT_REMINDER_MONTHS = 12;

/** The most months of reminders one file holds (3 years). */
export const MAX_REMINDER_MONTHS = 36;

/** The domain of every UID: ours, and `.invalid` so it can never clash with a real one (RFC 2606). */
export const UID_DOMAIN = "jiebei-overdue-guide.invalid";

/** What the calendar needs, as `parseReminderInput` produces it. */
export interface ReminderInput {
  /** Day of the month the instalment is due, 1–31; 29–31 fall back to the month's last day. */
  day: number;
  /** The instalment in whole fen, when the reader gave one. */
  amountFen?: number;
  /** How many monthly reminders, 1–36. */
  months: number;
}

/** The form fields of the reminder, named as in the URL (?day=15&amount=1000&months=12). */
export type ReminderField = "day" | "amount" | "months";

/** Like `OverdueCostParseResult`: the input and notes, or messages and the text as typed. */
export type ReminderParseResult =
  | { ok: true; input: ReminderInput; notes: Partial<Record<ReminderField, string>> }
  | { ok: false; errors: Partial<Record<ReminderField, string>>; values: Record<ReminderField, string> };

const daySchema = decimalSchema(
  {
    empty: "请填写每月的还款日，例如 15（在支付宝的借呗页面可以看到）",
    notNumber: "还款日请只填数字，例如 15",
  },
  { suffixes: ["号", "日"] },
)
  .refine((value) => decimalPlaces(value) === 0, { error: "还款日请填整数，例如 15", abort: true })
  .refine((value) => value.gte(1) && value.lte(31), {
    error: "还款日是每月的几号，只能填 1 到 31 之间的整数",
    abort: true,
  })
  .transform((value) => value.toNumber());

const monthsSchema = decimalSchema(
  { empty: "请填写要提醒几个月，例如 12", notNumber: "提醒月数请只填数字，例如 12" },
  { suffixes: ["个月", "月"] },
)
  .refine((value) => decimalPlaces(value) === 0, { error: "提醒月数请填整数，例如 12", abort: true })
  .refine((value) => value.gte(1), { error: "提醒月数至少是 1 个月", abort: true })
  .refine((value) => value.lte(MAX_REMINDER_MONTHS), {
    error: `提醒最多生成 ${MAX_REMINDER_MONTHS} 个月（3 年）。借呗的借款期限通常不超过 12 个月，需要更久时可以到期后再生成一次`,
    abort: true,
  })
  .transform((value) => value.toNumber());

const fields = {
  day: { schema: daySchema, show: String } satisfies FieldSpec<number>,
  amount: {
    schema: amountSchema("每期还款金额"),
    blank: { value: undefined },
    show: (fen: number | undefined) => (fen === undefined ? "" : showFenAsYuan(fen)),
  } satisfies FieldSpec<number | undefined>,
  months: {
    schema: monthsSchema,
    blank: { value: DEFAULT_REMINDER_MONTHS },
    show: String,
  } satisfies FieldSpec<number>,
};

/**
 * Reads `day` (required), `amount` (optional, 元) and `months` (optional, default 12) from URL
 * search params or form fields, with the same full-width handling as the cost estimate.
 */
export function parseReminderInput(raw: RawFields): ReminderParseResult {
  const result = parseFields(raw, fields);
  if (!result.ok) return { ok: false, errors: result.errors, values: result.typed };
  const { day, amount, months } = result.values;
  const input: ReminderInput = amount === undefined ? { day, months } : { day, amountFen: amount, months };
  return { ok: true, input, notes: result.notes };
}

/** Days in a month (1–12) of a Gregorian year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date as YYYY-MM-DD. */
function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The repayment dates of `months` consecutive months, starting with the first on or after
 * `today` (YYYY-MM-DD); days 29–31 become the last day of shorter months (31 → 02-28, 04-30).
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

/** YYYY-MM-DD as an iCalendar DATE value (YYYYMMDD). */
function icalDate(date: string): string {
  return date.replaceAll("-", "");
}

/**
 * The recurrence lines for `dates`, passed to ical-generator as text (its structured options
 * refuse BYSETPOS without BYDAY). Days 1–28 use BYMONTHDAY=day and day 31 BYMONTHDAY=-1, the
 * month's last day (Outlook's own monthly template in MS-OXCICAL; ical.js expands it). Days 29
 * and 30 need "that day, or the last day of February": the compact BYMONTHDAY=28,29,30;BYSETPOS=-1
 * is ignored by ical.js 2.2.1 (Thunderbird's engine), which then fires on the 28th, 29th and 30th
 * (kewisch/ical.js#960). So the RRULE names the day and ends with UNTIL (months too short for
 * the day are skipped, RFC 5545 §3.3.10) and RDATE adds February's last day; a client without
 * RDATE misses that one reminder rather than showing wrong ones.
 */
export function recurrenceLines(day: number, dates: readonly string[]): string[] {
  if (day <= 28 || day === 31) {
    return [`RRULE:FREQ=MONTHLY;COUNT=${dates.length};BYMONTHDAY=${day === 31 ? -1 : day}`];
  }
  const fallbacks = dates.filter((date) => Number(date.slice(8)) !== day);
  const last = dates.at(-1) ?? "";
  const rule = `RRULE:FREQ=MONTHLY;UNTIL=${icalDate(last)};BYMONTHDAY=${day}`;
  return fallbacks.length === 0 ? [rule] : [rule, `RDATE;VALUE=DATE:${fallbacks.map(icalDate).join(",")}`];
}

/** A YYYY-MM-DD date as a Date at UTC midnight, which ical-generator writes as that DATE. */
function utcMidnight(date: string, addDays = 0): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + addDays));
}

/** The UID: the same inputs and first date give the same UID, so importing twice updates, not duplicates. */
export function reminderUid(input: ReminderInput, firstDate: string): string {
  const amount = input.amountFen === undefined ? "" : `-${input.amountFen}fen`;
  return `jiebei-repayment-day${input.day}-from${icalDate(firstDate)}-${input.months}months${amount}@${UID_DOMAIN}`;
}

/** The event title in `script`, with the amount when the reader gave one. */
export function reminderSummary(input: ReminderInput, script: Script): string {
  const amount = input.amountFen === undefined ? "" : `：${toMoney(new Big(input.amountFen).div(100)).text} 元`;
  return inScript(script, `借呗还款日${amount}（请在支付宝内还款）`);
}

/** The event description in `script`: where to repay, that the app's figures count, and who we are. */
export function reminderDescription(input: ReminderInput, script: Script): string {
  const lines = [
    "这是你自己设置的借呗还款提醒。",
    "只在支付宝里还款：支付宝 → 借呗 → 还款。不要转账到任何个人账户或所谓的“安全账户”，也不要把验证码告诉任何人。",
    input.amountFen === undefined
      ? "还款金额和日期以支付宝里显示的为准。"
      : `还款金额和日期以支付宝里显示的为准；这里的 ${toMoney(new Big(input.amountFen).div(100)).text} 元只是你自己记下的参考。`,
  ];
  if (input.day >= 29) lines.push(`没有 ${input.day} 号的月份，提醒放在当月最后一天。`);
  lines.push("本提醒由「借呗逾期指南」生成。本站是独立网站，与支付宝、蚂蚁集团没有任何关联。");
  return inScript(script, lines.join("\n"));
}

/** Seconds from the start of an all-day event (local midnight) to 09:00 three days earlier. */
export const EARLY_ALARM_SECONDS_BEFORE = 2 * 86_400 + 15 * 3_600;

/** Seconds from the start of an all-day event (local midnight) to 09:00 that day. */
export const DAY_ALARM_SECONDS_AFTER = 9 * 3_600;

/**
 * Builds the .ics file (RFC 5545: CRLF, lines folded at 75 octets without splitting UTF-8
 * characters, text escaped) with one all-day, recurring VEVENT for the next `months` repayment
 * days on or after `today` (YYYY-MM-DD), and two display alarms: 09:00 three days before
 * (TRIGGER -P2DT15H) and 09:00 on the day (PT9H). An all-day event starts at local midnight,
 * so both are relative to the start and ring at 09:00 wherever the reader is. `now` is DTSTAMP.
 * Every text (calendar name, title, description, alarms) is in `script`, the script of the
 * page the file was requested from.
 */
export function buildReminderCalendar(input: ReminderInput, today: string, now: Date, script: Script): string {
  const dates = repaymentDates(input.day, today, input.months);
  const first = dates[0] ?? today;
  const calendar = ical({
    prodId: { company: "jiebei-overdue-guide", product: "repayment-reminder", language: "ZH" },
    name: inScript(script, "借呗还款提醒"),
  });
  const summary = reminderSummary(input, script);
  const event = calendar.createEvent({
    id: reminderUid(input, first),
    stamp: now,
    start: utcMidnight(first),
    end: utcMidnight(first, 1),
    allDay: true,
    summary,
    description: reminderDescription(input, script),
    transparency: ICalEventTransparency.TRANSPARENT,
    repeating: recurrenceLines(input.day, dates).join("\r\n"),
  });
  // ical-generator 11.1.2 ignores `relatesTo` passed to the alarm constructor and writes a
  // positive trigger as RELATED=END (the next midnight for an all-day event), so it is set here.
  event
    .createAlarm({
      type: ICalAlarmType.display,
      triggerBefore: EARLY_ALARM_SECONDS_BEFORE,
      // Not "3 天后": OpenCC keeps 天后 (the goddess) after a number, so Traditional would not read 天後.
      description: `${inScript(script, "还有 3 天就是借呗还款日，请提前在支付宝内准备好还款。")}${summary}`,
    })
    .relatesTo(ICalAlarmRelatesTo.start);
  event
    .createAlarm({
      type: ICalAlarmType.display,
      triggerAfter: DAY_ALARM_SECONDS_AFTER,
      description: `${inScript(script, "今天是借呗还款日，请在支付宝内还款。")}${summary}`,
    })
    .relatesTo(ICalAlarmRelatesTo.start);
  // RFC 5545 ends every content line, the last one included, with CRLF; ical-generator omits the last.
  return `${calendar.toString()}\r\n`;
}

/**
 * The plain-text body of the 400 answer to a calendar request with invalid fields, in `script`:
 * the form's messages (`parseReminderInput`'s errors), and the way back to the form in the same script.
 */
export function reminderErrorText(messages: readonly string[], script: Script): string {
  const lines = messages.map((message) => `- ${message}`);
  return inScript(script, `没能生成日历文件，请回到 ${scriptPath(script, "/tools/reminder")} 改一下：\n${lines.join("\n")}\n`);
}
