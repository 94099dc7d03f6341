import { localize } from "@/lib/script/request-script";
interface FormFieldProps {
  /** The field's name in the URL and its element id. */
  name: string;
  label: string;
  /** What the reader typed, shown again after a submit. */
  value: string;
  /** How to fill it in, always shown under the field. */
  hint: string;
  /** Why the value was refused, next to the field. */
  error?: string;
  /** What was silently fixed (full-width digits), next to the field. */
  note?: string;
  /** Unit written after the field, e.g. 元. */
  unit?: string;
  inputMode: "decimal" | "numeric";
  required?: boolean;
}

/** One labelled text field of a tool's form, with its hint, error and note tied to it for screen readers. */
export function FormField({ name, label, value, hint, error, note, unit, inputMode, required = false }: FormFieldProps) {
  const hintId = `${name}-hint`;
  const messageId = `${name}-message`;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block font-bold">
        {localize(label)}
        {required ? null : <span className="font-normal text-zinc-700 dark:text-zinc-300">{localize("（可不填）")}</span>}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={name}
          name={name}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          defaultValue={value}
          required={required}
          maxLength={40}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || note ? `${messageId} ${hintId}` : hintId}
          className={`w-40 rounded-md border bg-white px-3 py-1.5 text-base text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100 ${error ? "border-red-700 dark:border-red-400" : "border-zinc-400 dark:border-zinc-600"}`}
        />
        {unit ? <span>{localize(unit)}</span> : null}
      </div>
      {error ? (
        <p id={messageId} className="font-bold text-red-800 dark:text-red-300">
          {localize(error)}
        </p>
      ) : note ? (
        <p id={messageId} className="text-emerald-800 dark:text-emerald-300">
          {localize(note)}
        </p>
      ) : null}
      <p id={hintId} className="text-sm text-zinc-700 dark:text-zinc-300">
        {localize(hint)}
      </p>
    </div>
  );
}
