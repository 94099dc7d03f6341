import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteLink } from "@/components/site-link";
import { chinaToday, formatChineseDate } from "@/lib/dates/calendar-dates";
import { normaliseReference } from "@/lib/reports/reference";
import { reportsRuntime } from "@/lib/reports/runtime";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { firstValue, type RawFields } from "@/lib/forms/form-input";

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return { title: localize("举报已收到"), robots: { index: false, follow: false } };
}

/**
 * Where a report's sender lands: its reference number, once the store confirms it exists.
 * Nothing the sender wrote is shown, only the number and the date, so a leaked address gives
 * nothing away. An unknown or malformed number gets a message of its own (Next's `notFound()`
 * here would send an empty page to a browser without JavaScript).
 */
export default async function ReportReceivedPage({ params, searchParams }: ScriptPageProps & { searchParams: Promise<RawFields> }) {
  await enterScript(params);
  const reference = normaliseReference(firstValue((await searchParams).ref));
  const report = reference ? reportsRuntime().store.findReport(reference) : undefined;
  if (!report) {
    return (
      <NotFoundMessage
        title="没有找到这个举报编号"
        explanation="请检查编号有没有抄错（以 TD- 开头，后面 12 位）。如果还没有提交成功，请回到举报页面重新提交。"
        link={{ href: "/takedown", text: "回到举报与纠错" }}
      />
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("举报已收到")}</h1>
      <div className="space-y-2 rounded-lg border-2 border-emerald-700 px-4 py-4 dark:border-emerald-400">
        <p>{localize("你的举报编号是：")}</p>
        <p className="font-mono text-2xl font-bold tracking-wider" data-testid="report-reference">
          {report.reference}
        </p>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {localize(`提交时间：${formatChineseDate(chinaToday(new Date(report.createdAt)))}。请记下这个编号，之后联系我们时报上它即可。`)}
        </p>
      </div>
      <section aria-labelledby="received-next" className="space-y-3">
        <h2 id="received-next" className="text-xl font-bold">
          {localize("接下来")}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>{localize("编辑会核实你提供的内容，必要时通过你留下的联系方式再了解情况。")}</li>
          <li>{localize("确认侵权或涉及个人信息的内容会被下线；确认的事实错误会被改正，文章会标明更新日期。")}</li>
          <li>{localize("处理结果会回复到你留下的邮箱或电话；如果决定不作修改，也会说明理由。")}</li>
        </ol>
      </section>
      <p>
        <SiteLink href="/" className="font-bold text-link">
          {localize("回到首页")}
        </SiteLink>
      </p>
    </div>
  );
}
