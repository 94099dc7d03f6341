import type { Section } from "@/lib/content/schema";
import { ProseHtml } from "../prose-html";
import { SectionHeading } from "./section-heading";

export function GeneralSection({ section }: { section: Extract<Section, { kind: "general" }> }) {
  return (
    <section aria-labelledby={section.id} data-kind="general" className="space-y-4">
      <SectionHeading id={section.id}>{section.title}</SectionHeading>
      <ProseHtml html={section.html} />
    </section>
  );
}
