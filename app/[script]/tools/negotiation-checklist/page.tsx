import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { SiteLink } from "@/components/site-link";
import { NegotiationChecklist } from "@/components/tools/negotiation-checklist";
import { SavedChecklistTicks } from "@/components/tools/saved-checklist-ticks";
import { pageMetadata } from "@/lib/site/page-metadata";
import { NEGOTIATION_CHECKLIST } from "@/lib/tools/negotiation-checklist";
import { readerTool } from "@/lib/tools/reader-tools";

const TOOL = readerTool("/tools/negotiation-checklist");

/** Prerendered in both scripts (the layout's `generateStaticParams`); nothing else is rendered here. */
export const dynamicParams = false;

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return pageMetadata({
    path: "/tools/negotiation-checklist",
    title: TOOL.title,
    description: "打给借呗官方客服之前要准备什么、可以问什么、要记下什么，以及怎样认出假客服。可以在屏幕上勾选，也可以打印成一页 A4。",
  });
}

export default async function NegotiationChecklistPage({ params }: ScriptPageProps) {
  await enterScript(params);
  return (
    <div className="space-y-6 print:space-y-2">
      <LanguageSwitch path={"/tools/negotiation-checklist"} />
      <header className="space-y-3 print:space-y-1">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl print:text-[15pt]">{localize(TOOL.title)}</h1>
        <p className="print:text-[10pt]">
          {localize(
            "只通过支付宝 App 里的客服入口，或支付宝公布的 95188 联系贷款方。借呗没有公开的协商政策：下面列的是值得问的问题，能否办理由贷款方决定。勾选框可以在屏幕上勾，也可以打印出来用笔勾。",
          )}
        </p>
      </header>
      <SavedChecklistTicks
        text={{
          deviceOnly: localize("勾选只保存在这台设备上，不会上传。"),
          clear: localize("清空勾选"),
          cleared: localize("已清空全部勾选。"),
        }}
      >
        <NegotiationChecklist groups={NEGOTIATION_CHECKLIST} />
      </SavedChecklistTicks>
      <p className="text-sm text-zinc-700 dark:text-zinc-300 print:hidden">
        {localize("想先弄清楚怎么谈，可以读")}
        <SiteLink href="/articles/negotiate-with-official-service" className="text-link">
          {localize("怎样和官方客服协商")}
        </SiteLink>
        。
      </p>
    </div>
  );
}
