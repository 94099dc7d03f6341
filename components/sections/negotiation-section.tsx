import type { Section } from "@/lib/content/schema";
import { ProseHtml } from "../prose-html";
import { ItemBody } from "./item-body";
import { SectionHeading } from "./section-heading";

/** Negotiation advice as tip cards. */
export function NegotiationSection({ section }: { section: Extract<Section, { kind: "negotiation" }> }) {
  return (
    <section aria-labelledby={section.id} data-kind="negotiation" className="space-y-4">
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <ProseHtml html={section.intro} />
      <ul className="grid gap-3">
        {section.tips.map((tip, index) => (
          <li
            key={index}
            className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 dark:border-emerald-800 dark:bg-emerald-950/30"
          >
            <h3 className="flex items-start gap-2 text-lg font-bold leading-snug text-emerald-950 dark:text-emerald-100">
              <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-5 w-5 shrink-0 fill-current">
                <path d="M3 4a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H9l-4 4v-4a2 2 0 0 1-2-2z" />
              </svg>
              <span>{tip.title}</span>
            </h3>
            <ItemBody html={tip.html} />
          </li>
        ))}
      </ul>
      <ProseHtml html={section.outro} />
    </section>
  );
}
