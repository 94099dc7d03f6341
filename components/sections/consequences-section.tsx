import type { Section } from "@/lib/content/schema";
import { ProseHtml } from "../prose-html";
import { ItemBody } from "./item-body";
import { SectionHeading } from "./section-heading";

/** Consequences as warning cards. */
export function ConsequencesSection({ section }: { section: Extract<Section, { kind: "consequences" }> }) {
  return (
    <section aria-labelledby={section.id} data-kind="consequences" className="space-y-4">
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <ProseHtml html={section.intro} />
      <ul className="space-y-3">
        {section.items.map((item, index) => (
          <li
            key={index}
            className="rounded-lg border border-amber-300 border-l-4 border-l-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-800 dark:border-l-amber-400 dark:bg-amber-950/30"
          >
            <h3 className="flex items-start gap-2 text-lg font-bold leading-snug text-amber-950 dark:text-amber-100">
              <span aria-hidden="true">⚠</span>
              <span>{item.title}</span>
            </h3>
            <ItemBody html={item.html} />
          </li>
        ))}
      </ul>
      <ProseHtml html={section.outro} />
    </section>
  );
}
