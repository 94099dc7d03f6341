import type { ReactNode } from "react";

/** The submit button of a tool's form. */
export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button
      type="submit"
      className="rounded-md bg-blue-800 px-4 py-2 font-bold text-white hover:bg-blue-900 dark:bg-sky-300 dark:text-zinc-950 dark:hover:bg-sky-200"
    >
      {children}
    </button>
  );
}
