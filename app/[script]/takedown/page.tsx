import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { ReportForm } from "@/components/reports/report-form";
import { pageMetadata } from "@/lib/site/page-metadata";
import { REPORT_FIELDS, REPORT_KIND_IDS, type ReportField } from "@/lib/reports/report-form";
import { reportDraftFromQuery } from "@/lib/reports/report-prefill";
import { reportsRuntime } from "@/lib/reports/runtime";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";
import { ReportEmail } from "@/components/report-email";
import { firstValue, type RawFields } from "@/lib/forms/form-input";

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return pageMetadata({
    path: "/takedown",
    title: "举报与纠错",
    description: "发现本站内容侵权、有事实错误或涉及个人信息时，在这里提交举报，以及我们会怎样处理。",
  });
}

const NEXT_STEPS = [
  "提交成功后，你会看到一个以 TD- 开头的编号。请记下它，之后联系我们时报上编号即可。",
  "编辑核实举报内容：对照你提供的依据，必要时通过你留下的联系方式再了解情况。",
  "确认侵权或涉及个人信息的内容会被下线；确认的事实错误会被改正，文章会标明更新日期。",
  "我们会把处理结果回复给你；如果决定不作修改，也会说明理由。",
] as const;

/**
 * The report form. It opens empty, or filled in from an article's "report an error" link
 * (`?page=…&section=…`), or, after a refused post without JavaScript, with the reader's input
 * and a message next to each field (`?draft=…`, kept in memory by the form's handler).
 */
export default async function TakedownPage({ params, searchParams }: ScriptPageProps & { searchParams: Promise<RawFields> }) {
  await enterScript(params);
  const query = await searchParams;
  const draftToken = firstValue(query.draft);
  const draft = draftToken ? reportsRuntime().drafts.find(draftToken) : undefined;
  const values: Partial<Record<ReportField, string>> = draft?.typed ?? reportDraftFromQuery(query, REPORT_KIND_IDS);
  const errors: Partial<Record<ReportField, string>> = draft ? pick(draft.errors) : {};
  return (
    <div className="space-y-8">
      <LanguageSwitch path={"/takedown"} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("举报与纠错")}</h1>
        <p>
          {localize(
            "本站的文章由编辑根据公开的法规和监管信息撰写。如果你认为某个页面侵犯了你的权利、写错了事实，或者出现了不该公开的个人信息，请告诉我们。",
          )}
        </p>
        <p className="rounded bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {localize("本站不是借呗的运营方，处理不了你的借款、还款或征信问题。这类问题请通过支付宝 App 内的官方客服办理。")}
        </p>
      </header>

      <section aria-labelledby="report-online" className="space-y-4">
        <h2 id="report-online" className="text-xl font-bold">
          {localize("在线提交")}
        </h2>
        {draftToken && !draft ? (
          <p role="alert" className="font-bold text-red-800 dark:text-red-300">
            {localize("这份表单已经过期了（超过 30 分钟），请重新填写后提交。")}
          </p>
        ) : null}
        <ReportForm values={values} errors={errors} />
      </section>

      <section aria-labelledby="report-mail" className="space-y-3">
        <h2 id="report-mail" className="text-xl font-bold">
          {localize("也可以发邮件")}
        </h2>
        {siteConfig.reportEmailIsPlaceholder ? (
          <p>
            {localize("网站部署者还没有设置举报邮箱，下面是占位地址，发不到任何人。请使用上面的表单，提交后会得到一个编号。")}{" "}
            <ReportEmail />
          </p>
        ) : (
          <p>
            {localize("请把上面表单里的内容写进邮件，发到")} <ReportEmail className="font-bold text-link" />
            {localize("，邮件标题写“举报”或“纠错”加上页面标题。")}
          </p>
        )}
      </section>

      <section aria-labelledby="report-next" className="space-y-3">
        <h2 id="report-next" className="text-xl font-bold">
          {localize("之后会发生什么")}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          {NEXT_STEPS.map((step) => (
            <li key={step}>{localize(step)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** The draft's messages for the form's own fields only. */
function pick(errors: Record<string, string>): Partial<Record<ReportField, string>> {
  return Object.fromEntries(REPORT_FIELDS.flatMap((field) => (errors[field] ? [[field, errors[field]]] : [])));
}
