import Big from "big.js";
import { z } from "zod";

/** One field as a form post or URL gives it: a value, several (a repeated field) or nothing. */
export type RawValue = string | string[] | undefined;

/** Form fields or URL search params, as Next.js hands them to a page or action. */
export type RawFields = Readonly<Record<string, RawValue>>;

/** How one field is read: its schema, its value when left blank, and how a note shows it. */
export interface FieldSpec<T> {
  /** Gets the text after NFKC and trimming; reports the first problem in Chinese. */
  schema: z.ZodType<T, string>;
  /** Present for optional fields: the value used when the reader leaves the field blank. */
  blank?: { value: T };
  /** The accepted value as a note shows it ("已按 123 计算"). */
  show(value: T): string;
  /** Free text (a description, a comment): control characters removed and trimmed, its full-width punctuation kept. */
  freeText?: true;
  /**
   * The most characters read: a longer value gets `tooLong` (or a general message) without
   * being parsed, so no pattern ever runs over a huge input. Default 100, none for free text
   * (its schema's own maximum says how long it may be, in words fit for the field).
   */
  maxChars?: number;
  tooLong?: string;
}

/** How long a field other than free text may be when a spec does not say: numbers and choices are short. */
export const DEFAULT_MAX_FIELD_CHARS = 100;

/** Shown when a field is longer than it could ever need to be. */
export function tooLongMessage(maxChars: number): string {
  return `这一项太长了（最多 ${maxChars} 个字符），请检查是否粘贴错了`;
}

/**
 * Characters a reader's text never needs and that a terminal or a spreadsheet may act on: the
 * C0 and C1 control characters (escape sequences among them) except the line feed, DEL, and
 * the marks and overrides that reorder text on screen (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
export const UNSAFE_IN_TEXT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Free text as it is kept: line breaks of any kind as line feeds, tabs as spaces, and every
 * character in `UNSAFE_IN_TEXT` removed, so what a reader wrote can be shown in a terminal or
 * exported to a spreadsheet without acting on either.
 */
export function cleanFreeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(UNSAFE_IN_TEXT, "");
}

/**
 * The outcome of reading a form: either every value, with notes on what was silently
 * fixed, or a message per invalid field plus the text the reader typed, to show again.
 */
export type FormResult<Values, Field extends string> =
  | { ok: true; values: Values; notes: Partial<Record<Field, string>> }
  | { ok: false; errors: Partial<Record<Field, string>>; typed: Record<Field, string> };

/** Shown when a URL repeats a field (?days=10&days=20): we will not guess which one was meant. */
export const REPEATED_FIELD_MESSAGE = "这一项收到了不止一个值，请只保留一个";

/** Full-width digits and signs (１２３．５％) become ASCII; surrounding spaces of any width go. */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").trim();
}

/** The note for a value whose full-width characters were replaced, or undefined when none were. */
export function widthNote(typed: string, shown: string): string | undefined {
  const compact = (text: string) => text.replace(/\s/gu, "");
  if (compact(typed) === compact(typed.normalize("NFKC"))) return undefined;
  const what = /[０-９]/u.test(typed) ? "全角数字" : "全角符号";
  return `已按 ${shown} 计算（${what}已换成半角）`;
}

/** Reads every field of `specs` from `raw`, collecting one message per invalid field. */
export function parseFields<V extends Record<string, unknown>>(
  raw: RawFields,
  specs: { [K in keyof V]: FieldSpec<V[K]> },
): FormResult<V, keyof V & string> {
  type Field = keyof V & string;
  const typed = {} as Record<Field, string>;
  const values: Partial<V> = {};
  const errors: Partial<Record<Field, string>> = {};
  const notes: Partial<Record<Field, string>> = {};
  for (const name of Object.keys(specs) as Field[]) {
    const spec = specs[name];
    const value = raw[name];
    typed[name] = firstValue(value);
    if (Array.isArray(value) && value.length > 1) {
      errors[name] = REPEATED_FIELD_MESSAGE;
      continue;
    }
    const maxChars = spec.maxChars ?? (spec.freeText ? Number.POSITIVE_INFINITY : DEFAULT_MAX_FIELD_CHARS);
    if (typed[name].length > maxChars) {
      errors[name] = spec.tooLong ?? tooLongMessage(maxChars);
      continue;
    }
    const text = spec.freeText ? cleanFreeText(typed[name]).trim() : normaliseText(typed[name]);
    if (text === "" && spec.blank) {
      values[name] = spec.blank.value;
      continue;
    }
    const result = spec.schema.safeParse(text);
    if (!result.success) {
      errors[name] = result.error.issues[0]?.message ?? "这一项无法识别，请重新填写";
      continue;
    }
    values[name] = result.data;
    const note = spec.freeText ? undefined : widthNote(typed[name], spec.show(result.data));
    if (note) notes[name] = note;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, typed };
  return { ok: true, values: values as V, notes };
}

/** The messages a number field needs before its own range checks. */
export interface NumberMessages {
  /** The field was left blank. */
  empty: string;
  /** The text is not a number even after removing units and thousands separators. */
  notNumber: string;
}

/**
 * A plain decimal; a minus sign is allowed so that "-5" gets a "must be more than 0" message.
 * Written so that every character can be matched one way only (`\d+\.?\d*` could split a run
 * of digits between its two parts in as many ways as it is long, and tried each on failure).
 */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number with correctly placed thousands separators, e.g. 1,000 or 12,345.67. */
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** Removes a unit the reader may write before or after the number ("¥1000", "1000 元", "0.03%"). */
function stripUnits(text: string, prefixes: readonly string[], suffixes: readonly string[]): string {
  let result = text;
  for (const prefix of prefixes) if (result.startsWith(prefix)) result = result.slice(prefix.length).trimStart();
  for (const suffix of suffixes) if (result.endsWith(suffix)) result = result.slice(0, -suffix.length).trimEnd();
  return GROUPED.test(result) ? result.replaceAll(",", "") : result;
}

/**
 * A decimal number as readers type it: units such as 元 or % and thousands separators are
 * accepted, everything else that is not a number gets `messages.notNumber`.
 */
export function decimalSchema(messages: NumberMessages, units: { prefixes?: readonly string[]; suffixes?: readonly string[] } = {}) {
  return z
    .string()
    .min(1, { error: messages.empty, abort: true })
    .transform((text) => stripUnits(text, units.prefixes ?? [], units.suffixes ?? []))
    .pipe(z.string().regex(DECIMAL, { error: messages.notNumber }))
    .transform((text) => new Big(text));
}

/** Digits after the decimal point that matter: 0.0300 has two. */
export function decimalPlaces(value: Big): number {
  return Math.max(0, value.c.length - value.e - 1);
}

/** The text of a field to show again in its form: the first value when it was repeated, else "". */
export function firstValue(value: RawValue): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Each of `fields` as the reader typed it (first value when repeated), to show again in the form. */
export function typedValues<F extends string>(raw: RawFields, fields: readonly F[]): Record<F, string> {
  return Object.fromEntries(fields.map((name) => [name, firstValue(raw[name])])) as Record<F, string>;
}

/** Whether any of `fields` came with the request, i.e. the form was submitted. */
export function isSubmitted(raw: RawFields, fields: readonly string[]): boolean {
  return fields.some((name) => raw[name] !== undefined);
}
