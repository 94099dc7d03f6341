import { localize } from "@/lib/script/request-script";
import { ItemCard } from "./item-card";
import { SectionFrame, type SectionProps } from "./section-frame";
import { OverdueCostForm } from "@/components/tools/overdue-cost-form";
import { ToolPanel } from "@/components/tools/tool-panel";

/** Consequences as warning cards. */
export function ConsequencesSection({ section, articlePath }: SectionProps<"consequences">) {
  return (
    <SectionFrame section={section} articlePath={articlePath}>
      <ul className="space-y-3">
        {section.items.map((item, index) => (
          <ItemCard key={index} item={item} tone="warning" icon="⚠" />
        ))}
      </ul>
      <ToolPanel id="overdue-cost-tool" title={localize("估算一下罚息")}>
        <p>{localize("填上三个数，看看拖一天要多付多少。这只是估算，准确数字以支付宝 App 为准。")}</p>
        <OverdueCostForm />
      </ToolPanel>
    </SectionFrame>
  );
}
