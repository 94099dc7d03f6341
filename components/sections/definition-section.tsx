import { SECTION_KIND_LABELS } from "@/lib/site/kind-labels";
import { localize } from "@/lib/script/request-script";
import { ProseHtml } from "../prose-html";
import { SectionFrame, type SectionProps } from "./section-frame";

/** "What it is": a calm, bordered panel. */
export function DefinitionSection({ section, articlePath }: SectionProps<"definition">) {
  return (
    <SectionFrame
      section={section}
      articlePath={articlePath}
      eyebrow={localize(SECTION_KIND_LABELS.definition)}
      className="space-y-3 rounded-lg border-l-4 border-blue-700 bg-blue-50 px-4 py-4 sm:px-6 dark:border-sky-400 dark:bg-sky-950/40"
    >
      <ProseHtml html={section.html} />
    </SectionFrame>
  );
}
