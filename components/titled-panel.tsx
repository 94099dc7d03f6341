import type { ReactNode } from "react";

interface TitledPanelProps {
  /** `aside` for asides to the article, `section` for parts of it. */
  as: "aside" | "section";
  /** The heading's id, which also names the panel for assistive technology. */
  id: string;
  title: string;
  testId: string;
  /** Border and print classes of this panel. */
  className: string;
  children: ReactNode;
}

/** A bordered block below an article, named by its own `##` heading. */
export function TitledPanel({ as: Element, id, title, testId, className, children }: TitledPanelProps) {
  return (
    <Element aria-labelledby={id} data-testid={testId} className={`mt-10 rounded-lg px-4 py-4 sm:px-6 ${className}`}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </Element>
  );
}
