import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSubmitted, REPEATED_FIELD_MESSAGE, typedValues } from "@/lib/forms/form-input";
import { roundToFen, toMoney } from "@/lib/tools/money";
import { estimateOverdueCost, type OverdueCostInput, parseOverdueCostInput, PENALTY_RATE_MULTIPLE } from "@/lib/tools/overdue-cost";

/** Parses a form that must be valid and estimates it. */
function estimate(amount: string, rate: string, days: string) {
  const parsed = parseOverdueCostInput({ amount, rate, days });
  if (!parsed.ok) throw new Error(`unexpectedly invalid: ${JSON.stringify(parsed.errors)}`);
  return estimateOverdueCost(parsed.input);
}

/** The errors of a form that must be invalid. */
function errorsOf(raw: Record<string, string | string[] | undefined>) {
  const parsed = parseOverdueCostInput(raw);
  if (parsed.ok) throw new Error(`unexpectedly valid: ${JSON.stringify(parsed.input)}`);
  return parsed.errors;
}

const VALID = { amount: "1000", rate: "0.03", days: "30" };

describe("the penalty multiple", () => {
  it("is 1.5, as in the facts sheet", () => {
    expect(PENALTY_RATE_MULTIPLE).toBe("1.5");
  });
});

describe("estimateOverdueCost: the facts sheet's example", () => {
  it("1,000 元 at 0.03%/day costs 4.50 元 after 10 days", () => {
    const result = estimate("1000", "0.03", "10");
    expect(result.penaltyRatePercent).toBe("0.045");
    expect(result.dailyPenalty).toEqual({ fen: 45, text: "0.45" });
    expect(result.totalPenalty).toEqual({ fen: 450, text: "4.50" });
    expect(result.totalOwed).toEqual({ fen: 100_450, text: "1,004.50" });
  });

  it("and 13.50 元 after 30 days, with the formula in words", () => {
    const result = estimate("1000", "0.03", "30");
    expect(result.totalPenalty).toEqual({ fen: 1350, text: "13.50" });
    expect(result.totalOwed).toEqual({ fen: 101_350, text: "1,013.50" });
    expect(result.principal).toEqual({ fen: 100_000, text: "1,000.00" });
    expect(result.formula).toEqual({
      principal: "1,000.00",
      dailyRatePercent: "0.03",
      multiple: "1.5",
      penaltyRatePercent: "0.045",
      days: 30,
      totalPenalty: "13.50",
      text: "1,000.00 元 × 0.045%（日利率 0.03% × 1.5）× 30 天 ≈ 13.50 元",
    });
  });
});

describe("estimateOverdueCost: hand-worked examples", () => {
  it("one day of 1,000 元 at 0.03% is 0.45 元", () => {
    const result = estimate("1000", "0.03", "1");
    expect(result.totalPenalty.text).toBe("0.45");
    expect(result.formula.text).toBe("1,000.00 元 × 0.045%（日利率 0.03% × 1.5）× 1 天 ≈ 0.45 元");
  });

  it("rounds an exact 0.045 元 up to 0.05 元 (half up, not to even)", () => {
    // 10 × 0.045% × 10 = 0.045 exactly; banker's rounding would give 0.04.
    const result = estimate("10", "0.03", "10");
    expect(result.totalPenalty).toEqual({ fen: 5, text: "0.05" });
    expect(result.totalOwed).toEqual({ fen: 1005, text: "10.05" });
  });

  it("rounds 0.0135 元 down to 0.01 元 and 0.0045 元 down to 0.00 元", () => {
    // 10 × 0.045% = 0.0045 a day.
    expect(estimate("10", "0.03", "3").totalPenalty).toEqual({ fen: 1, text: "0.01" });
    const oneDay = estimate("10", "0.03", "1");
    expect(oneDay.dailyPenalty).toEqual({ fen: 0, text: "0.00" });
    expect(oneDay.totalPenalty).toEqual({ fen: 0, text: "0.00" });
  });

  it("keeps a fractional rate exact: 0.0175% × 1.5 = 0.02625%", () => {
    // 1000 × 0.02625% = 0.2625 a day → 0.26; × 30 = 7.875 → 7.88 (rounded once, not 0.26 × 30).
    const result = estimate("1000", "0.0175", "30");
    expect(result.penaltyRatePercent).toBe("0.02625");
    expect(result.dailyPenalty.text).toBe("0.26");
    expect(result.totalPenalty).toEqual({ fen: 788, text: "7.88" });
    expect(result.formula.text).toBe("1,000.00 元 × 0.02625%（日利率 0.0175% × 1.5）× 30 天 ≈ 7.88 元");
  });

  it("handles amounts with fen and thousands separators: 123,456.78 元 at 0.05% for 90 days", () => {
    // 123456.78 × 0.075% = 92.592585 a day; × 90 = 8333.33265.
    const result = estimate("123,456.78", "0.05", "90");
    expect(result.dailyPenalty.text).toBe("92.59");
    expect(result.totalPenalty).toEqual({ fen: 833_333, text: "8,333.33" });
    expect(result.totalOwed).toEqual({ fen: 13_179_011, text: "131,790.11" });
  });

  it("handles the largest accepted input without losing precision", () => {
    // 1,000,000 × 0.15% × 1095 = 1,642,500.
    const result = estimate("1000000", "0.1", "1095");
    expect(result.penaltyRatePercent).toBe("0.15");
    expect(result.totalPenalty).toEqual({ fen: 164_250_000, text: "1,642,500.00" });
    expect(result.totalOwed).toEqual({ fen: 264_250_000, text: "2,642,500.00" });
  });

  it("5,000 元 at 0.05% for 7 days is 26.25 元", () => {
    const result = estimate("5000", "0.05", "7");
    expect(result.dailyPenalty.text).toBe("3.75");
    expect(result.totalPenalty.text).toBe("26.25");
    expect(result.totalOwed.text).toBe("5,026.25");
  });

  it("works on 0.01 元 at the smallest rate", () => {
    const result = estimate("0.01", "0.0001", "1");
    expect(result.penaltyRatePercent).toBe("0.00015");
    expect(result.totalPenalty).toEqual({ fen: 0, text: "0.00" });
    expect(result.totalOwed).toEqual({ fen: 1, text: "0.01" });
  });
});

describe("rounding to the fen", () => {
  it.each([
    ["0.005", 1],
    ["0.0049999", 0],
    ["0.015", 2],
    ["0.025", 3],
    ["2.675", 268],
    ["1.004999", 100],
    ["1.005", 101],
  ])("rounds %s 元 half up to %i fen", (yuan, fen) => {
    expect(roundToFen(new Big(yuan)).times(100).toNumber()).toBe(fen);
    expect(toMoney(new Big(yuan)).fen).toBe(fen);
  });

  it("formats money for Chinese readers", () => {
    expect(toMoney(new Big("1234567.5")).text).toBe("1,234,567.50");
    expect(toMoney(new Big("0")).text).toBe("0.00");
  });
});

describe("parseOverdueCostInput: accepted input", () => {
  it("reads plain numbers", () => {
    expect(parseOverdueCostInput(VALID)).toEqual({
      ok: true,
      input: { amountFen: 100_000, dailyRatePercent: "0.03", days: 30 },
      notes: {},
    });
  });

  it("accepts thousands separators, units and surrounding spaces without a note", () => {
    expect(parseOverdueCostInput({ amount: "  1,000.50 元 ", rate: " 0.03% ", days: "30 天" })).toEqual({
      ok: true,
      input: { amountFen: 100_050, dailyRatePercent: "0.03", days: 30 },
      notes: {},
    });
    expect(parseOverdueCostInput({ amount: "¥1000", rate: "0.0300", days: "30.0" })).toMatchObject({
      ok: true,
      input: { amountFen: 100_000, dailyRatePercent: "0.03", days: 30 },
    });
  });

  it("accepts full-width digits and signs and says so", () => {
    expect(parseOverdueCostInput({ amount: "１２３", rate: "０．０３％", days: "　３０　" })).toEqual({
      ok: true,
      input: { amountFen: 12_300, dailyRatePercent: "0.03", days: 30 },
      notes: {
        amount: "已按 123 计算（全角数字已换成半角）",
        rate: "已按 0.03% 计算（全角数字已换成半角）",
        days: "已按 30 计算（全角数字已换成半角）",
      },
    });
  });

  it("notes full-width signs around half-width digits", () => {
    expect(parseOverdueCostInput({ amount: "1，000．5", rate: "0.03％", days: "30" })).toEqual({
      ok: true,
      input: { amountFen: 100_050, dailyRatePercent: "0.03", days: 30 },
      notes: { amount: "已按 1000.5 计算（全角符号已换成半角）", rate: "已按 0.03% 计算（全角符号已换成半角）" },
    });
  });

  it("accepts a field given once as an array", () => {
    expect(parseOverdueCostInput({ amount: ["1000"], rate: ["0.03"], days: ["30"] })).toMatchObject({ ok: true });
  });

  it("ignores fields it does not know", () => {
    expect(parseOverdueCostInput({ ...VALID, utm_source: "x" })).toMatchObject({ ok: true });
  });
});

describe("parseOverdueCostInput: invalid input", () => {
  it("reports every empty field and keeps what was typed", () => {
    expect(parseOverdueCostInput({ amount: "  ", rate: undefined, days: [] })).toEqual({
      ok: false,
      errors: {
        amount: "请填写逾期本金（元），例如 1000",
        rate: "请填写日利率（%），例如 0.03",
        days: "请填写逾期天数，例如 30",
      },
      values: { amount: "  ", rate: "", days: "" },
    });
  });

  it("rejects text that is not a number", () => {
    expect(errorsOf({ amount: "一千", rate: "abc", days: "三十" })).toEqual({
      amount: "逾期本金请只填数字，例如 1000 或 1,000.50",
      rate: "日利率请只填数字，例如 0.03 或 0.03%",
      days: "逾期天数请只填数字，例如 30",
    });
    for (const amount of ["1,00", "1.2.3", "1e3", "0x10", "1000美元", "Infinity", "NaN", "1 000", "+5"]) {
      expect(errorsOf({ ...VALID, amount }).amount, amount).toBe("逾期本金请只填数字，例如 1000 或 1,000.50");
    }
  });

  it("rejects zero and negative numbers", () => {
    expect(errorsOf({ amount: "0", rate: "-0.03", days: "0" })).toEqual({
      amount: "逾期本金必须大于 0 元",
      rate: "日利率必须大于 0",
      days: "逾期天数至少是 1 天：还没有逾期就不会产生罚息",
    });
    expect(errorsOf({ amount: "-1000", rate: "0", days: "-5" })).toEqual({
      amount: "逾期本金必须大于 0 元",
      rate: "日利率必须大于 0",
      days: "逾期天数至少是 1 天：还没有逾期就不会产生罚息",
    });
  });

  it("rejects too many decimals", () => {
    expect(errorsOf({ amount: "1000.005", rate: "0.01755", days: "30.5" })).toEqual({
      amount: "逾期本金最多精确到分，也就是小数点后 2 位（例如 1000.50）",
      rate: "日利率最多保留 4 位小数（例如 0.0175）",
      days: "逾期天数请填整数，例如 30",
    });
  });

  it("rejects an amount over 1,000,000 元", () => {
    expect(errorsOf({ ...VALID, amount: "1,000,000.01" }).amount).toBe(
      "逾期本金超过了 100 万元。借呗的额度一般远低于这个数，请检查是不是多打了几个 0",
    );
  });

  it("explains that a rate over 0.1%/day is probably the annual rate", () => {
    expect(errorsOf({ ...VALID, rate: "10.95" }).rate).toBe(
      "日利率 10.95% 太高了：持牌机构的日利率一般不会超过 0.1%（约等于年化 36.5%）。" +
        "你填的可能是年化利率，日利率 = 年化利率 ÷ 365；如果 10.95% 是年化利率，日利率约为 0.03%",
    );
    expect(errorsOf({ ...VALID, rate: "0.1001" }).rate).toContain("如果 0.1001% 是年化利率，日利率约为 0.0003%");
  });

  it("explains the limitation period for more than 1,095 days", () => {
    expect(errorsOf({ ...VALID, days: "1096" }).days).toBe(
      "逾期天数超过了 3 年（1095 天）。这类借款的诉讼时效一般是 3 年（《民法典》第一百八十八条），" +
        "逾期这么久的情况比较复杂，这个估算不再适用：请以借款合同和支付宝里的账单为准，必要时咨询律师",
    );
  });

  it("rejects a field given twice and keeps the first value", () => {
    expect(parseOverdueCostInput({ ...VALID, days: ["10", "20"] })).toEqual({
      ok: false,
      errors: { days: REPEATED_FIELD_MESSAGE },
      values: { amount: "1000", rate: "0.03", days: "10" },
    });
    expect(REPEATED_FIELD_MESSAGE).toBe("这一项收到了不止一个值，请只保留一个");
  });

  it("reports only the fields that are wrong, keeping the others as typed", () => {
    expect(parseOverdueCostInput({ amount: "１，０００", rate: "10.95%", days: "30" })).toMatchObject({
      ok: false,
      errors: { rate: expect.stringContaining("年化利率") },
      values: { amount: "１，０００", rate: "10.95%", days: "30" },
    });
  });
});

describe("properties", () => {
  const rate = fc.integer({ min: 1, max: 1000 }).map((n) => new Big(n).div(10_000).toString());
  const amountFen = fc.integer({ min: 1, max: 100_000_000 });
  const days = fc.integer({ min: 1, max: 1095 });

  it("penalty never decreases as the days grow", () => {
    fc.assert(
      fc.property(amountFen, rate, days, days, (amount, dailyRatePercent, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const low = estimateOverdueCost({ amountFen: amount, dailyRatePercent, days: fewer });
        const high = estimateOverdueCost({ amountFen: amount, dailyRatePercent, days: more });
        expect(low.totalPenalty.fen).toBeLessThanOrEqual(high.totalPenalty.fen);
      }),
    );
  });

  it("penalty never decreases as the amount grows", () => {
    fc.assert(
      fc.property(amountFen, amountFen, rate, days, (a, b, dailyRatePercent, dayCount) => {
        const [smaller, larger] = a <= b ? [a, b] : [b, a];
        const low = estimateOverdueCost({ amountFen: smaller, dailyRatePercent, days: dayCount });
        const high = estimateOverdueCost({ amountFen: larger, dailyRatePercent, days: dayCount });
        expect(low.totalPenalty.fen).toBeLessThanOrEqual(high.totalPenalty.fen);
      }),
    );
  });

  it("total owed is the principal plus the penalty, and the text matches the fen", () => {
    fc.assert(
      fc.property(amountFen, rate, days, (amount, dailyRatePercent, dayCount) => {
        const input: OverdueCostInput = { amountFen: amount, dailyRatePercent, days: dayCount };
        const result = estimateOverdueCost(input);
        expect(result.totalOwed.fen).toBe(amount + result.totalPenalty.fen);
        for (const money of [result.principal, result.dailyPenalty, result.totalPenalty, result.totalOwed]) {
          expect(Number.isSafeInteger(money.fen)).toBe(true);
          expect(money.text.replaceAll(",", "")).toBe(new Big(money.fen).div(100).toFixed(2));
        }
      }),
    );
  });

  it("never throws, whatever the fields contain", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^[\s０-９0-9.,．，%％元天¥+-]{0,12}$/));
    const field = fc.option(fc.oneof(text, fc.array(text, { maxLength: 3 })), { nil: undefined });
    fc.assert(
      fc.property(field, field, field, (amount, rateText, daysText) => {
        const parsed = parseOverdueCostInput({ amount, rate: rateText, days: daysText });
        if (parsed.ok) {
          const result = estimateOverdueCost(parsed.input);
          expect(Number.isSafeInteger(result.totalOwed.fen)).toBe(true);
        } else {
          expect(Object.keys(parsed.errors).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("typedValues and isSubmitted", () => {
  it("keep what the reader typed, first value of a repeated field, blank for a missing one", () => {
    expect(typedValues({ amount: "１０００", rate: ["0.03", "0.05"] }, ["amount", "rate", "days"])).toEqual({
      amount: "１０００",
      rate: "0.03",
      days: "",
    });
    expect(isSubmitted({ days: "" }, ["amount", "days"])).toBe(true);
    expect(isSubmitted({ q: "x" }, ["amount", "days"])).toBe(false);
  });
});
