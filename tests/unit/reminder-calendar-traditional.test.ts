import { describe, expect, it } from "vitest";
import { parseCalendar, parseEvent, expand } from "./ical-helpers";
import { buildReminderCalendar, parseReminderInput, reminderErrorText, repaymentDates } from "@/lib/tools/reminder-calendar";

const NOW = new Date("2026-11-29T03:04:05Z");

describe("the reminder calendar requested from a Traditional page", () => {
  const input = { day: 31, amountFen: 123_450, months: 12 };
  const ics = buildReminderCalendar(input, "2026-11-29", NOW, "zh-Hant");
  const simplified = buildReminderCalendar(input, "2026-11-29", NOW, "zh-Hans");

  it("names the calendar in Traditional", () => {
    const calendar = parseCalendar(ics);
    expect(calendar.getFirstPropertyValue("name")).toBe("借唄還款提醒");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("借唄還款提醒");
  });

  it("has the event title and description in Traditional", () => {
    const event = parseEvent(ics);
    expect(event.summary).toBe("借唄還款日：1,234.50 元（請在支付寶內還款）");
    expect(event.description.split("\n")).toEqual([
      "這是你自己設置的借唄還款提醒。",
      "只在支付寶裡還款：支付寶 → 借唄 → 還款。不要轉賬到任何個人賬戶或所謂的“安全賬戶”，也不要把驗證碼告訴任何人。",
      "還款金額和日期以支付寶裡顯示的為準；這裡的 1,234.50 元只是你自己記下的參考。",
      "沒有 31 號的月份，提醒放在當月最後一天。",
      "本提醒由「借唄逾期指南」生成。本站是獨立網站，與支付寶、螞蟻集團沒有任何關聯。",
    ]);
  });

  it("has both alarm texts in Traditional", () => {
    const alarms = parseEvent(ics).component.getAllSubcomponents("valarm");
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue("description"))).toEqual([
      "還有 3 天就是借唄還款日，請提前在支付寶內準備好還款。借唄還款日：1,234.50 元（請在支付寶內還款）",
      "今天是借唄還款日，請在支付寶內還款。借唄還款日：1,234.50 元（請在支付寶內還款）",
    ]);
  });

  it("differs from the Simplified file in its texts only: same dates, rule, alarms and UID", () => {
    const withoutText = (text: string) =>
      text
        .replaceAll("\r\n ", "")
        .split("\r\n")
        .filter((line) => !/^(NAME|X-WR-CALNAME|SUMMARY|DESCRIPTION):/.test(line));
    expect(withoutText(ics)).toEqual(withoutText(simplified));
    expect(ics).not.toBe(simplified);
    expect(expand(ics)).toEqual(repaymentDates(31, "2026-11-29", 12));
    expect(parseEvent(ics).uid).toBe(parseEvent(simplified).uid);
  });
});

describe("the 400 text of a refused calendar request", () => {
  const refused = parseReminderInput({ day: "0", months: "37" });
  if (refused.ok) throw new Error("expected the input to be refused");

  it("is in Traditional and leads back to the Traditional form", () => {
    expect(reminderErrorText(Object.values(refused.errors), "zh-Hant")).toBe(
      [
        "沒能生成日曆文件，請回到 /zh-Hant/tools/reminder 改一下：",
        "- 還款日是每月的幾號，只能填 1 到 31 之間的整數",
        "- 提醒最多生成 36 個月（3 年）。借唄的借款期限通常不超過 12 個月，需要更久時可以到期後再生成一次",
        "",
      ].join("\n"),
    );
  });

  it("stays Simplified with the unprefixed form address on Simplified pages", () => {
    expect(reminderErrorText(Object.values(refused.errors), "zh-Hans")).toBe(
      [
        "没能生成日历文件，请回到 /tools/reminder 改一下：",
        "- 还款日是每月的几号，只能填 1 到 31 之间的整数",
        "- 提醒最多生成 36 个月（3 年）。借呗的借款期限通常不超过 12 个月，需要更久时可以到期后再生成一次",
        "",
      ].join("\n"),
    );
  });
});
