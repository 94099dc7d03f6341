import type { ReactNode } from "react";

/** A reader tool offered inside an article section: a titled box under the section's own content. */
export function ToolPanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <aside
      aria-labelledby={id}
      data-testid={id}
      className="mt-4 space-y-3 rounded-lg border border-blue-800/40 bg-blue-50/50 px-4 py-3 dark:border-sky-300/40 dark:bg-sky-950/30 print:hidden"
    >
      <h3 id={id} className="text-lg font-bold">
        {title}
      </h3>
      {children}
    </aside>
  );
}
