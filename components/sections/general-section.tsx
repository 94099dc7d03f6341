import { ProseHtml } from "../prose-html";
import { SectionFrame, type SectionProps } from "./section-frame";

export function GeneralSection({ section, articlePath }: SectionProps<"general">) {
  return (
    <SectionFrame section={section} articlePath={articlePath}>
      <ProseHtml html={section.html} />
    </SectionFrame>
  );
}
