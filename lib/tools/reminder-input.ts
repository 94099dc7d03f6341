import { decimalPlaces, decimalSchema, type FieldSpec, parseFields, type RawFields } from "../forms/form-input";
import { amountSchema, showFenAsYuan } from "./money";

/** Months of reminders when the reader does not say; 借呗 terms are usually up to 12 months. */
export const DEFAULT_REMINDER_MONTHS = 12;

/** The most months of reminders one file holds (3 years). */
export const MAX_REMINDER_MONTHS = 36;

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
  { suffixes: ["号", "號", "日"] },
)
  .refine((value) => decimalPlaces(value) === 0, { error: "还款日请填整数，例如 15", abort: true })
  .refine((value) => value.gte(1) && value.lte(31), {
    error: "还款日是每月的几号，只能填 1 到 31 之间的整数",
    abort: true,
  })
  .transform((value) => value.toNumber());

const monthsSchema = decimalSchema(
  { empty: "请填写要提醒几个月，例如 12", notNumber: "提醒月数请只填数字，例如 12" },
  { suffixes: ["个月", "個月", "月"] },
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
