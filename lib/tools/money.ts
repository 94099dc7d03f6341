import Big from "big.js";
import { decimalPlaces, decimalSchema } from "../forms/form-input";

/** The largest amount we accept, in 元; 借呗 credit limits are far below it, so more is a typo. */
export const MAX_AMOUNT_YUAN = 1_000_000;

/** An amount of money both as exact fen and as text for Chinese readers ("1,013.50"). */
export interface Money {
  /** Whole fen (1 元 = 100 分); exact, for sums and comparisons. */
  fen: number;
  /** 元 with two decimals and thousands separators, e.g. "1,013.50". */
  text: string;
}

const YUAN_FORMAT = new Intl.NumberFormat("zh-CN", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: true,
});

/** Rounds 元 to the fen, half up (0.005 元 becomes 0.01 元), as a bill would show it. */
export function roundToFen(yuan: Big): Big {
  return yuan.round(2, Big.roundHalfUp);
}

/** Rounds 元 to the fen (half up) and formats it as `Money`. */
export function toMoney(yuan: Big): Money {
  const rounded = roundToFen(yuan);
  return { fen: rounded.times(100).toNumber(), text: YUAN_FORMAT.format(rounded.toFixed(2) as `${number}`) };
}

/**
 * An amount in 元 typed by a reader ("1000", "1,000.50", "¥1000", "1000元"), checked for
 * being positive, at most two decimals (the fen) and at most `MAX_AMOUNT_YUAN`; `label`
 * names the field in messages.
 */
export function amountSchema(label: string) {
  return decimalSchema(
    { empty: `请填写${label}（元），例如 1000`, notNumber: `${label}请只填数字，例如 1000 或 1,000.50` },
    { prefixes: ["¥"], suffixes: ["元"] },
  )
    .refine((value) => value.gt(0), { error: `${label}必须大于 0 元`, abort: true })
    .refine((value) => value.lte(MAX_AMOUNT_YUAN), {
      error: `${label}超过了 100 万元。借呗的额度一般远低于这个数，请检查是不是多打了几个 0`,
      abort: true,
    })
    .refine((value) => decimalPlaces(value) <= 2, {
      error: `${label}最多精确到分，也就是小数点后 2 位（例如 1000.50）`,
      abort: true,
    })
    .transform((value) => value.times(100).toNumber());
}

/** 元 as a note shows the reader's amount: the number alone, e.g. "1000.5". */
export function showFenAsYuan(fen: number): string {
  return new Big(fen).div(100).toString();
}
