import type { ReactNode } from "react";
import type { Section } from "@/lib/content/schema";
import { ProseHtml } from "../prose-html";

interface SectionFrameProps {
  section: Section;
  className?: string;
  /** A small label above the heading. */
  eyebrow?: string;
  children: ReactNode;
}

/**
 * The shell every section shares: a `<section>` named by its `##` heading, whose id is the
 * anchor `/articles/<slug>#<id>` lands on, and the intro and closing prose of list sections.
 */
export function SectionFrame({ section, className = "space-y-4", eyebrow, children }: SectionFrameProps) {
  const hasProse = "intro" in section;
  return (
    <section aria-labelledby={section.id} data-kind={section.kind} className={className}>
      {eyebrow ? <p className="text-sm font-bold text-blue-900 dark:text-sky-200">{eyebrow}</p> : null}
      <div className="group flex items-baseline gap-2">
        <h2 id={section.id} className="text-xl font-bold leading-snug sm:text-2xl">
          {section.title}
        </h2>
        <a
          href={`#${section.id}`}
          aria-label={`本节链接：${section.title}`}
          className="text-lg text-blue-800 no-underline opacity-0 group-hover:opacity-100 focus:opacity-100 dark:text-sky-300 print:hidden"
        >
          #
        </a>
      </div>
      {hasProse ? <ProseHtml html={section.intro} /> : null}
      {children}
      {hasProse ? <ProseHtml html={section.outro} /> : null}
    </section>
  );
}
