import type { ReactNode } from "react";

/** A section's `##` heading; its id is the anchor that `/articles/<slug>#<id>` lands on. */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-xl font-bold leading-snug sm:text-2xl">
      {children}
    </h2>
  );
}
