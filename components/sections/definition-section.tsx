import { SECTION_KIND_LABELS } from "@/lib/content/kind-labels";
import type { Section } from "@/lib/content/schema";
import { ProseHtml } from "../prose-html";
import { SectionFrame } from "./section-frame";

/** "What it is": a calm, bordered panel. */
export function DefinitionSection({ section }: { section: Extract<Section, { kind: "definition" }> }) {
  return (
    <SectionFrame
      section={section}
      eyebrow={SECTION_KIND_LABELS.definition}
      className="space-y-3 rounded-lg border-l-4 border-blue-700 bg-blue-50 px-4 py-4 sm:px-6 dark:border-sky-400 dark:bg-sky-950/40"
    >
      <ProseHtml html={section.html} />
    </SectionFrame>
  );
}
