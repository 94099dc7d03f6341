import type { InputHTMLAttributes, ReactNode } from "react";
import { localize } from "@/lib/script/request-script";

interface ReportFieldProps {
  /** The field's name in the post and its element id. */
  name: string;
  label: string;
  hint: string;
  optional?: boolean;
  error?: string;
  /** The control, which must carry `id={name}` and `aria-describedby={describedBy(name)}`. */
  children: ReactNode;
}

/** The ids a field's control is described by: its message (filled in when refused) and its hint. */
export function describedBy(name: string): string {
  return `${name}-message ${name}-hint`;
}

/**
 * One labelled field of the report form: label, control, the message when it was refused (an
 * empty slot otherwise, which the form's script fills in), and the hint.
 */
export function ReportField({ name, label, hint, optional = false, error, children }: ReportFieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-bold">
        {localize(label)}
        {optional ? <span className="font-normal text-zinc-700 dark:text-zinc-300">{localize("（可不填）")}</span> : null}
      </label>
      {children}
      <FieldMessage name={name} error={error} />
      <p id={`${name}-hint`} className="text-sm text-zinc-700 dark:text-zinc-300">
        {localize(hint)}
      </p>
    </div>
  );
}

/** Where a field's refusal is written: by the server after a post, or by the form's script. */
export function FieldMessage({ name, error }: { name: string; error?: string }) {
  return (
    <p id={`${name}-message`} data-message-for={name} className="font-bold text-red-800 empty:hidden dark:text-red-300">
      {error ?? ""}
    </p>
  );
}

/** The classes of a text control, with a red border when its value was refused. */
export function controlClass(error: string | undefined, width = "w-full"): string {
  const border = error ? "border-red-700 dark:border-red-400" : "border-zinc-400 dark:border-zinc-600";
  return `${width} rounded-md border bg-white px-3 py-1.5 text-base text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100 ${border}`;
}

interface TextControlProps extends Pick<InputHTMLAttributes<HTMLInputElement>, "inputMode" | "autoComplete"> {
  name: string;
  /** What the reader typed, shown again. */
  value: string | undefined;
  error: string | undefined;
  maxLength: number;
  /** Width classes; the full width by default. */
  width?: string;
}

/** A one-line text field of the form, tied to its message and hint. */
export function TextControl({ name, value, error, maxLength, width, inputMode, autoComplete = "off" }: TextControlProps) {
  return (
    <input
      id={name}
      name={name}
      type="text"
      inputMode={inputMode}
      autoComplete={autoComplete}
      defaultValue={value ?? ""}
      maxLength={maxLength}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name)}
      className={controlClass(error, width)}
    />
  );
}
