import { localize } from "@/lib/script/request-script";
import { ItemCard } from "./item-card";
import { SectionFrame, type SectionProps } from "./section-frame";
import { SiteLink } from "@/components/site-link";
import { ToolPanel } from "@/components/tools/tool-panel";

const SPEECH_BUBBLE = (
  <svg viewBox="0 0 20 20" className="mt-1 h-5 w-5 fill-current">
    <path d="M3 4a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H9l-4 4v-4a2 2 0 0 1-2-2z" />
  </svg>
);

/** Negotiation advice as tip cards. */
export function NegotiationSection({ section, articlePath }: SectionProps<"negotiation">) {
  return (
    <SectionFrame section={section} articlePath={articlePath}>
      <ul className="space-y-3">
        {section.tips.map((tip, index) => (
          <ItemCard key={index} item={tip} tone="tip" icon={SPEECH_BUBBLE} />
        ))}
      </ul>
      <ToolPanel id="negotiation-checklist-tool" title={localize("打电话前的准备清单")}>
        <p>
          {localize("要准备的材料、可以问的问题、每次通话要记下的内容和假客服的危险信号，都在")}
          <SiteLink href="/tools/negotiation-checklist" className="font-bold text-link">
            {localize("协商准备清单")}
          </SiteLink>
          {localize("里，可以在屏幕上勾选，也可以打印成一页纸。")}
        </p>
      </ToolPanel>
    </SectionFrame>
  );
}
