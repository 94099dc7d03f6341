import { localize } from "@/lib/script/request-script";
import { ItemBody } from "./item-body";
import { SectionFrame, type SectionProps } from "./section-frame";
import { SiteLink } from "@/components/site-link";
import { ToolPanel } from "@/components/tools/tool-panel";

/** Prevention advice as a checklist. */
export function PreventionSection({ section, articlePath }: SectionProps<"prevention">) {
  return (
    <SectionFrame section={section} articlePath={articlePath}>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-300 dark:divide-zinc-800 dark:border-zinc-700">
        {section.tips.map((tip, index) => (
          <li key={index} className="flex gap-3 px-4 py-3">
            <span
              aria-hidden="true"
              className="mt-1 flex h-6 w-6 shrink-0 items-center justify-center rounded border-2 border-emerald-700 text-sm font-bold text-emerald-800 dark:border-emerald-400 dark:text-emerald-300"
            >
              ✓
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="text-lg font-bold leading-snug">{tip.title}</h3>
              <ItemBody html={tip.html} />
            </div>
          </li>
        ))}
      </ul>
      <ToolPanel id="reminder-tool" title={localize("给手机日历加个还款提醒")}>
        <p>
          {localize("填上每月还款日，")}
          <SiteLink href="/tools/reminder" className="font-bold text-link">
            {localize("下载一个日历提醒")}
          </SiteLink>
          {localize("：还款日前三天和当天各提醒一次。")}
        </p>
      </ToolPanel>
    </SectionFrame>
  );
}
