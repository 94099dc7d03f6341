import Big from "big.js";
import { decimalPlaces, decimalSchema, type FieldSpec, parseFields, type RawFields } from "../forms/form-input";
import { amountSchema, type Money, showFenAsYuan, toMoney } from "./money";

/**
 * Penalty interest (罚息) per day as a multiple of the contract's daily rate. Our facts sheet
 * (shared/content-facts.md, "consequences") finds 1.5 in old 借呗 loan data and 30%–50% above
 * the contract rate as banking convention; the current contract was not seen, so pages must say
 * "通常约为日利率的1.5倍，以你的借款合同为准".
 */
export const PENALTY_RATE_MULTIPLE = "1.5";

/** The highest daily rate we accept, in percent: 0.1%/day is 36.5% a year, implausible for a licensed lender. */
export const MAX_DAILY_RATE_PERCENT = "0.1";

/** Daily rates are read to at most this many decimals (0.0175 is fine, 0.01755 is not). */
export const MAX_RATE_DECIMALS = 4;

/** The most days we estimate: 3 years, the usual limitation period (《民法典》第一百八十八条). */
export const MAX_OVERDUE_DAYS = 1095;

/** What the estimate needs, as `parseOverdueCostInput` produces it. */
export interface OverdueCostInput {
  /** Overdue principal (逾期本金) in whole fen. */
  amountFen: number;
  /** The contract's daily rate in percent as a decimal string, e.g. "0.03" for 0.03%/day. */
  dailyRatePercent: string;
  /** Whole days overdue, 1–1095. */
  days: number;
}

/** The form fields of the estimate, named as in the URL (?amount=1000&rate=0.03&days=30). */
export type OverdueCostField = "amount" | "rate" | "days";

/**
 * The result of reading the form: the input and notes on silently fixed text (full-width
 * digits), or a Chinese message per invalid field and the text the reader typed.
 */
export type OverdueCostParseResult =
  | { ok: true; input: OverdueCostInput; notes: Partial<Record<OverdueCostField, string>> }
  | {
      ok: false;
      errors: Partial<Record<OverdueCostField, string>>;
      values: Record<OverdueCostField, string>;
    };

/** The suggestion for a rate that is too high: the reader probably typed the annual rate. */
function annualRateHint(value: Big): string {
  const daily = value.div(365).round(MAX_RATE_DECIMALS, Big.roundHalfUp);
  return (
    `日利率 ${value.toString()}% 太高了：持牌机构的日利率一般不会超过 ${MAX_DAILY_RATE_PERCENT}%（约等于年化 36.5%）。` +
    `你填的可能是年化利率，日利率 = 年化利率 ÷ 365；如果 ${value.toString()}% 是年化利率，日利率约为 ${daily.toString()}%`
  );
}

const dailyRateSchema = decimalSchema(
  { empty: "请填写日利率（%），例如 0.03", notNumber: "日利率请只填数字，例如 0.03 或 0.03%" },
  { suffixes: ["%"] },
)
  .refine((value) => value.gt(0), { error: "日利率必须大于 0", abort: true })
  .refine((value) => value.lte(MAX_DAILY_RATE_PERCENT), {
    error: (issue) => annualRateHint(issue.input as Big),
    abort: true,
  })
  .refine((value) => decimalPlaces(value) <= MAX_RATE_DECIMALS, {
    error: `日利率最多保留 ${MAX_RATE_DECIMALS} 位小数（例如 0.0175）`,
    abort: true,
  })
  .transform((value) => value.toString());

const daysSchema = decimalSchema({ empty: "请填写逾期天数，例如 30", notNumber: "逾期天数请只填数字，例如 30" }, { suffixes: ["天"] })
  .refine((value) => value.gte(1), { error: "逾期天数至少是 1 天：还没有逾期就不会产生罚息", abort: true })
  .refine((value) => decimalPlaces(value) === 0, { error: "逾期天数请填整数，例如 30", abort: true })
  .refine((value) => value.lte(MAX_OVERDUE_DAYS), {
    error:
      `逾期天数超过了 3 年（${MAX_OVERDUE_DAYS} 天）。这类借款的诉讼时效一般是 3 年（《民法典》第一百八十八条），` +
      "逾期这么久的情况比较复杂，这个估算不再适用：请以借款合同和支付宝里的账单为准，必要时咨询律师",
    abort: true,
  })
  .transform((value) => value.toNumber());

const fields = {
  amount: { schema: amountSchema("逾期本金"), show: showFenAsYuan } satisfies FieldSpec<number>,
  rate: { schema: dailyRateSchema, show: (rate: string) => `${rate}%` } satisfies FieldSpec<string>,
  days: { schema: daysSchema, show: String } satisfies FieldSpec<number>,
};

/**
 * Reads `amount` (元), `rate` (daily rate in percent) and `days` from URL search params or
 * form fields. Accepts full-width digits (with a note), thousands separators and the units
 * 元, % and 天; never throws.
 */
export function parseOverdueCostInput(raw: RawFields): OverdueCostParseResult {
  const result = parseFields(raw, fields);
  if (!result.ok) return { ok: false, errors: result.errors, values: result.typed };
  const { amount, rate, days } = result.values;
  return { ok: true, input: { amountFen: amount, dailyRatePercent: rate, days }, notes: result.notes };
}

/** The formula in words, filled in with the reader's numbers, for a page to lay out. */
export interface OverdueCostFormula {
  /** Overdue principal, e.g. "1,000.00". */
  principal: string;
  /** The contract's daily rate in percent, e.g. "0.03". */
  dailyRatePercent: string;
  /** The multiple, "1.5". */
  multiple: string;
  /** Penalty daily rate in percent, exact, e.g. "0.045". */
  penaltyRatePercent: string;
  /** Days overdue. */
  days: number;
  /** Total penalty, e.g. "13.50". */
  totalPenalty: string;
  /** The whole line: "1,000.00 元 × 0.045%（日利率 0.03% × 1.5）× 30 天 ≈ 13.50 元". */
  text: string;
}

/** An estimate of penalty interest; amounts are rounded to the fen, half up. */
export interface OverdueCostEstimate {
  /** The overdue principal as entered. */
  principal: Money;
  /** Penalty daily rate in percent (daily rate × 1.5), exact, e.g. "0.045" or "0.02625". */
  penaltyRatePercent: string;
  /** Penalty interest for one day. */
  dailyPenalty: Money;
  /** Penalty interest for all the days, computed exactly and rounded once. */
  totalPenalty: Money;
  /** Principal plus penalty; normal interest and any other charges come on top. */
  totalOwed: Money;
  formula: OverdueCostFormula;
}

/**
 * Estimates 罚息 ≈ 逾期本金 × 日利率 × 1.5 × 逾期天数 in exact decimals. Each amount is rounded
 * to the fen once, half up (0.005 元 → 0.01 元); the total is not the rounded daily figure
 * times the days. Penalty on overdue interest, which some contracts charge, is not included.
 */
export function estimateOverdueCost(input: OverdueCostInput): OverdueCostEstimate {
  const principal = new Big(input.amountFen).div(100);
  const penaltyRatePercent = new Big(input.dailyRatePercent).times(PENALTY_RATE_MULTIPLE);
  const dailyPenaltyYuan = principal.times(penaltyRatePercent).div(100);
  const totalPenaltyYuan = dailyPenaltyYuan.times(input.days);
  const principalMoney = toMoney(principal);
  const totalPenalty = toMoney(totalPenaltyYuan);
  const penaltyRate = penaltyRatePercent.toString();
  return {
    principal: principalMoney,
    penaltyRatePercent: penaltyRate,
    dailyPenalty: toMoney(dailyPenaltyYuan),
    totalPenalty,
    totalOwed: toMoney(principal.plus(totalPenaltyYuan)),
    formula: {
      principal: principalMoney.text,
      dailyRatePercent: input.dailyRatePercent,
      multiple: PENALTY_RATE_MULTIPLE,
      penaltyRatePercent: penaltyRate,
      days: input.days,
      totalPenalty: totalPenalty.text,
      text:
        `${principalMoney.text} 元 × ${penaltyRate}%（日利率 ${input.dailyRatePercent}% × ${PENALTY_RATE_MULTIPLE}）` +
        `× ${input.days} 天 ≈ ${totalPenalty.text} 元`,
    },
  };
}
