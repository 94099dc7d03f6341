import type { Section } from "@/lib/content/schema";
import { ProseHtml } from "../prose-html";
import { SectionHeading } from "./section-heading";

/** "What it is": a calm, bordered panel. */
export function DefinitionSection({ section }: { section: Extract<Section, { kind: "definition" }> }) {
  return (
    <section
      aria-labelledby={section.id}
      data-kind="definition"
      className="space-y-3 rounded-lg border-l-4 border-blue-700 bg-blue-50 px-4 py-4 sm:px-6 dark:border-sky-400 dark:bg-sky-950/40"
    >
      <p className="text-sm font-bold text-blue-900 dark:text-sky-200">是什么</p>
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <ProseHtml html={section.html} />
    </section>
  );
}
