import { inScript } from "@/lib/script/in-script";
import { scriptPath, type Script } from "@/lib/script/request-script";
import Big from "big.js";
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventTransparency } from "ical-generator";
import { toMoney } from "./money";
import type { ReminderInput } from "./reminder-input";
import { repaymentDates } from "./repayment-dates";

// The form's parsing and the dates live in their own modules, so the browser can run them without ical-generator.
export { DEFAULT_REMINDER_MONTHS, parseReminderInput, type ReminderInput } from "./reminder-input";
export { repaymentDates } from "./repayment-dates";

/** The name a browser should save the calendar file under. */
export const REMINDER_FILE_NAME = "jiebei-repayment-reminder.ics";

/** The Content-Type to serve the file with (RFC 5545 §8.1; the text is UTF-8). */
export const REMINDER_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** The domain of every UID: ours, and `.invalid` so it can never clash with a real one (RFC 2606). */
export const UID_DOMAIN = "jiebei-overdue-guide.invalid";

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
