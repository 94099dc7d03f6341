import type { Section } from "@/lib/content/schema";
import { ProseHtml } from "../prose-html";
import { SectionFrame } from "./section-frame";

export function GeneralSection({ section }: { section: Extract<Section, { kind: "general" }> }) {
  return (
    <SectionFrame section={section}>
      <ProseHtml html={section.html} />
    </SectionFrame>
  );
}
