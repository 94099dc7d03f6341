import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parseEvent, expand } from "./ical-helpers";
import { REPEATED_FIELD_MESSAGE } from "@/lib/forms/form-input";
import {
  buildReminderCalendar,
  DEFAULT_REMINDER_MONTHS,
  parseReminderInput,
  REMINDER_CONTENT_TYPE,
  REMINDER_FILE_NAME,
  type ReminderInput,
  reminderDescription,
  reminderSummary,
  repaymentDates,
} from "@/lib/tools/reminder-calendar";

const NOW = new Date("2026-11-29T03:04:05Z");

/** Builds the calendar for a day and optional extras, from a given today. */
function calendarFor(today: string, input: Partial<ReminderInput> & { day: number }): string {
  return buildReminderCalendar({ months: DEFAULT_REMINDER_MONTHS, ...input }, today, NOW, "zh-Hans");
}

/** The physical lines of a calendar text. */
function physicalLines(ics: string): string[] {
  return ics.split("\r\n").slice(0, -1);
}

/** The content lines after unfolding (RFC 5545 §3.1). */
function unfoldedLines(ics: string): string[] {
  return physicalLines(ics.replaceAll("\r\n ", ""));
}

describe("repayment dates", () => {
  it("day 31 from 2026-11-29 falls on the last day of shorter months", () => {
    const expected = ["2026-11-30", "2026-12-31", "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"];
    expect(repaymentDates(31, "2026-11-29", 6)).toEqual(expected);
    expect(expand(calendarFor("2026-11-29", { day: 31 })).slice(0, 6)).toEqual(expected);
  });

  it("day 29 is 29 February in a leap year and 28 February otherwise", () => {
    expect(expand(calendarFor("2028-01-30", { day: 29, months: 3 }))).toEqual(["2028-02-29", "2028-03-29", "2028-04-29"]);
    expect(expand(calendarFor("2027-01-30", { day: 29, months: 3 }))).toEqual(["2027-02-28", "2027-03-29", "2027-04-29"]);
  });

  it("day 30 is the last day of February, 28th or 29th", () => {
    expect(expand(calendarFor("2027-01-01", { day: 30, months: 14 }))).toEqual([
      "2027-01-30",
      "2027-02-28",
      "2027-03-30",
      "2027-04-30",
      "2027-05-30",
      "2027-06-30",
      "2027-07-30",
      "2027-08-30",
      "2027-09-30",
      "2027-10-30",
      "2027-11-30",
      "2027-12-30",
      "2028-01-30",
      "2028-02-29",
    ]);
  });

  it("starts with February's last day when that is the next repayment day", () => {
    expect(expand(calendarFor("2027-02-10", { day: 30, months: 2 }))).toEqual(["2027-02-28", "2027-03-30"]);
  });

  it("day 15 is the 15th of every month, today included", () => {
    expect(expand(calendarFor("2026-11-15", { day: 15, months: 3 }))).toEqual(["2026-11-15", "2026-12-15", "2027-01-15"]);
    expect(expand(calendarFor("2026-11-16", { day: 15, months: 3 }))).toEqual(["2026-12-15", "2027-01-15", "2027-02-15"]);
  });

  it("crosses the year end", () => {
    expect(repaymentDates(5, "2026-12-06", 2)).toEqual(["2027-01-05", "2027-02-05"]);
  });

  it("ical.js expands exactly the computed dates, `months` of them, for every day and month count", () => {
    for (const today of ["2026-11-29", "2027-01-31", "2027-02-28", "2028-02-29", "2027-12-31"]) {
      for (let day = 1; day <= 31; day += 1) {
        for (const months of [1, 12, 36]) {
          const dates = repaymentDates(day, today, months);
          expect(dates).toHaveLength(months);
          expect(dates[0]! >= today, `${today} day ${day}`).toBe(true);
          expect(expand(calendarFor(today, { day, months })), `${today} day ${day} × ${months}`).toEqual(dates);
        }
      }
    }
  });

  it("rejects a today that is not a calendar date", () => {
    expect(() => repaymentDates(15, "2026-02-30", 12)).toThrow(/YYYY-MM-DD/);
    expect(() => buildReminderCalendar({ day: 15, months: 12 }, "29/11/2026", NOW, "zh-Hans")).toThrow(/YYYY-MM-DD/);
  });
});

describe("the recurrence rule", () => {
  it.each([
    [15, "RRULE:FREQ=MONTHLY;COUNT=12;BYMONTHDAY=15"],
    [28, "RRULE:FREQ=MONTHLY;COUNT=12;BYMONTHDAY=28"],
    [31, "RRULE:FREQ=MONTHLY;COUNT=12;BYMONTHDAY=-1"],
    [30, "RRULE:FREQ=MONTHLY;UNTIL=20271030;BYMONTHDAY=30"],
  ])("day %i uses %s", (day, rule) => {
    expect(unfoldedLines(calendarFor("2026-11-29", { day }))).toContain(rule);
  });

  it("lists February's fallback for days 29 and 30 in RDATE", () => {
    const lines = unfoldedLines(calendarFor("2026-11-29", { day: 29, months: 24 }));
    expect(lines).toContain("RRULE:FREQ=MONTHLY;UNTIL=20281029;BYMONTHDAY=29");
    expect(lines).toContain("RDATE;VALUE=DATE:20270228");
    expect(unfoldedLines(calendarFor("2027-03-01", { day: 29, months: 3 })).some((line) => line.startsWith("RDATE"))).toBe(false);
  });
});

describe("the event", () => {
  const ics = calendarFor("2026-11-29", { day: 31, amountFen: 123_450 });

  it("is one all-day event starting on the first repayment day", () => {
    const lines = unfoldedLines(ics);
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines).toContain("DTSTART;VALUE=DATE:20261130");
    expect(lines).toContain("DTEND;VALUE=DATE:20261201");
    expect(lines).toContain("TRANSP:TRANSPARENT");
    const event = parseEvent(ics);
    expect(event.startDate.isDate).toBe(true);
    expect(event.isRecurring()).toBe(true);
  });

  it("is stamped with the given now", () => {
    expect(unfoldedLines(ics)).toContain("DTSTAMP:20261129T030405Z");
  });

  it("has a stable UID derived from the inputs", () => {
    const event = parseEvent(ics);
    expect(event.uid).toBe("jiebei-repayment-day31-from20261130-12months-123450fen@jiebei-overdue-guide.invalid");
    expect(calendarFor("2026-11-30", { day: 31, amountFen: 123_450 })).toBe(ics);
    expect(parseEvent(calendarFor("2026-11-29", { day: 31 })).uid).toBe(
      "jiebei-repayment-day31-from20261130-12months@jiebei-overdue-guide.invalid",
    );
  });

  it("is the same text for the same inputs (pure)", () => {
    expect(buildReminderCalendar({ day: 31, amountFen: 123_450, months: 12 }, "2026-11-29", new Date(NOW), "zh-Hans")).toBe(ics);
  });

  it("names the amount in the title and tells the reader to repay in 支付宝", () => {
    const event = parseEvent(ics);
    expect(event.summary).toBe("借呗还款日：1,234.50 元（请在支付宝内还款）");
    expect(parseEvent(calendarFor("2026-11-29", { day: 15 })).summary).toBe("借呗还款日（请在支付宝内还款）");
  });

  it("describes where to repay, what counts and who made it", () => {
    const description = parseEvent(ics).description;
    expect(description).toBe(reminderDescription({ day: 31, amountFen: 123_450, months: 12 }, "zh-Hans"));
    expect(description.split("\n")).toEqual([
      "这是你自己设置的借呗还款提醒。",
      "只在支付宝里还款：支付宝 → 借呗 → 还款。不要转账到任何个人账户或所谓的“安全账户”，也不要把验证码告诉任何人。",
      "还款金额和日期以支付宝里显示的为准；这里的 1,234.50 元只是你自己记下的参考。",
      "没有 31 号的月份，提醒放在当月最后一天。",
      "本提醒由「借呗逾期指南」生成。本站是独立网站，与支付宝、蚂蚁集团没有任何关联。",
    ]);
    expect(reminderDescription({ day: 15, months: 12 }, "zh-Hans").split("\n")).toEqual([
      "这是你自己设置的借呗还款提醒。",
      "只在支付宝里还款：支付宝 → 借呗 → 还款。不要转账到任何个人账户或所谓的“安全账户”，也不要把验证码告诉任何人。",
      "还款金额和日期以支付宝里显示的为准。",
      "本提醒由「借呗逾期指南」生成。本站是独立网站，与支付宝、蚂蚁集团没有任何关联。",
    ]);
  });

  it("rings at 09:00 three days before and at 09:00 on the day", () => {
    const alarms = parseEvent(ics).component.getAllSubcomponents("valarm");
    expect(alarms).toHaveLength(2);
    const triggers = alarms.map((alarm) => {
      const trigger = alarm.getFirstProperty("trigger");
      return {
        action: alarm.getFirstPropertyValue("action"),
        related: trigger?.getParameter("related"),
        trigger: String(trigger?.getFirstValue()),
        description: alarm.getFirstPropertyValue("description"),
      };
    });
    expect(triggers).toEqual([
      {
        action: "DISPLAY",
        related: "START",
        trigger: "-P2DT15H",
        description: "还有 3 天就是借呗还款日，请提前在支付宝内准备好还款。借呗还款日：1,234.50 元（请在支付宝内还款）",
      },
      {
        action: "DISPLAY",
        related: "START",
        trigger: "PT9H",
        description: "今天是借呗还款日，请在支付宝内还款。借呗还款日：1,234.50 元（请在支付宝内还款）",
      },
    ]);
    // An all-day event starts at local midnight: -2 days 15 hours is 09:00 three days earlier.
    const alarmTime = (duration: string) => {
      const time = parseEvent(ics).startDate.clone();
      time.isDate = false;
      time.addDuration(ICAL.Duration.fromString(duration));
      return time.toString();
    };
    expect(alarmTime("-P2DT15H")).toBe("2026-11-27T09:00:00");
    expect(alarmTime("PT9H")).toBe("2026-11-30T09:00:00");
  });

  it("uses the file name and content type the page serves", () => {
    expect(REMINDER_FILE_NAME).toBe("jiebei-repayment-reminder.ics");
    expect(REMINDER_CONTENT_TYPE).toBe("text/calendar; charset=utf-8");
  });
});

describe("the file format", () => {
  const ics = calendarFor("2026-11-29", { day: 30, amountFen: 123_456_78 });

  it("ends every line, the last included, with CRLF", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("folds lines longer than 75 octets without splitting a UTF-8 character", () => {
    const lines = physicalLines(ics);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const line of lines) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
    }
  });

  it("escapes commas and newlines in text and round-trips the Chinese text", () => {
    const description = unfoldedLines(ics).find((line) => line.startsWith("DESCRIPTION:")) ?? "";
    expect(description).toContain("这里的 123\\,456.78 元");
    expect(description).toContain("\\n");
    const value = description.slice("DESCRIPTION:".length).replaceAll("\\\\", "");
    expect(value).not.toMatch(/(?<!\\)[,;]/);
    const event = parseEvent(ics);
    expect(event.description).toBe(reminderDescription({ day: 30, amountFen: 123_456_78, months: 12 }, "zh-Hans"));
    expect(event.summary).toBe(reminderSummary({ day: 30, amountFen: 123_456_78, months: 12 }, "zh-Hans"));
  });

  it("declares the calendar and its product", () => {
    const lines = unfoldedLines(ics);
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("PRODID:-//jiebei-overdue-guide//repayment-reminder//ZH");
  });
});

describe("parseReminderInput", () => {
  it("needs only the day; months default to 12", () => {
    expect(parseReminderInput({ day: "15" })).toEqual({ ok: true, input: { day: 15, months: 12 }, notes: {} });
    expect(parseReminderInput({ day: "15", amount: " ", months: "" })).toEqual({
      ok: true,
      input: { day: 15, months: 12 },
      notes: {},
    });
  });

  it("reads all three fields with units and separators", () => {
    expect(parseReminderInput({ day: "31号", amount: "1,234.5元", months: "24个月" })).toEqual({
      ok: true,
      input: { day: 31, amountFen: 123_450, months: 24 },
      notes: {},
    });
    expect(parseReminderInput({ day: "1日", months: "6月" })).toMatchObject({ ok: true, input: { day: 1, months: 6 } });
  });

  it("accepts full-width digits and says so", () => {
    expect(parseReminderInput({ day: "３１", amount: "１２３", months: "１２" })).toEqual({
      ok: true,
      input: { day: 31, amountFen: 12_300, months: 12 },
      notes: {
        day: "已按 31 计算（全角数字已换成半角）",
        amount: "已按 123 计算（全角数字已换成半角）",
        months: "已按 12 计算（全角数字已换成半角）",
      },
    });
  });

  it("requires the day and keeps what was typed", () => {
    expect(parseReminderInput({ amount: "1000", months: "12" })).toEqual({
      ok: false,
      errors: { day: "请填写每月的还款日，例如 15（在支付宝的借呗页面可以看到）" },
      values: { day: "", amount: "1000", months: "12" },
    });
  });

  it.each([
    ["十五", "还款日请只填数字，例如 15"],
    ["15.5", "还款日请填整数，例如 15"],
    ["0", "还款日是每月的几号，只能填 1 到 31 之间的整数"],
    ["32", "还款日是每月的几号，只能填 1 到 31 之间的整数"],
    ["-3", "还款日是每月的几号，只能填 1 到 31 之间的整数"],
  ])("rejects the day %s", (day, message) => {
    expect(parseReminderInput({ day })).toEqual({
      ok: false,
      errors: { day: message },
      values: { day, amount: "", months: "" },
    });
  });

  it.each([
    ["十二", "提醒月数请只填数字，例如 12"],
    ["1.5", "提醒月数请填整数，例如 12"],
    ["0", "提醒月数至少是 1 个月"],
    ["37", "提醒最多生成 36 个月（3 年）。借呗的借款期限通常不超过 12 个月，需要更久时可以到期后再生成一次"],
  ])("rejects the month count %s", (months, message) => {
    expect(parseReminderInput({ day: "15", months })).toMatchObject({ ok: false, errors: { months: message } });
  });

  it("checks the amount like the cost estimate does", () => {
    expect(parseReminderInput({ day: "15", amount: "0" })).toMatchObject({
      ok: false,
      errors: { amount: "每期还款金额必须大于 0 元" },
    });
    expect(parseReminderInput({ day: "15", amount: "abc" })).toMatchObject({
      ok: false,
      errors: { amount: "每期还款金额请只填数字，例如 1000 或 1,000.50" },
    });
    expect(parseReminderInput({ day: "15", amount: "10.001" })).toMatchObject({
      ok: false,
      errors: { amount: "每期还款金额最多精确到分，也就是小数点后 2 位（例如 1000.50）" },
    });
    expect(parseReminderInput({ day: "15", amount: "2000000" })).toMatchObject({
      ok: false,
      errors: { amount: "每期还款金额超过了 100 万元。借呗的额度一般远低于这个数，请检查是不是多打了几个 0" },
    });
  });

  it("rejects a field given twice", () => {
    expect(parseReminderInput({ day: ["15", "16"], months: ["12", "12"] })).toEqual({
      ok: false,
      errors: { day: REPEATED_FIELD_MESSAGE, months: REPEATED_FIELD_MESSAGE },
      values: { day: "15", amount: "", months: "12" },
    });
  });
});
