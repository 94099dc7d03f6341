import { describe, expect, it } from "vitest";
import { parseReminderInput } from "@/lib/tools/reminder-input";

describe("parseReminderInput on Traditional pages", () => {
  it("accepts the units as the Traditional form shows them (號, 個月)", () => {
    expect(parseReminderInput({ day: "31號", months: "6個月" })).toEqual({ ok: true, input: { day: 31, months: 6 }, notes: {} });
  });

  it("still refuses other text after the number", () => {
    expect(parseReminderInput({ day: "31號碼" })).toMatchObject({ ok: false, errors: { day: "还款日请只填数字，例如 15" } });
  });
});
