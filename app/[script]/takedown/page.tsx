import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { pageMetadata } from "@/lib/page-metadata";
import { siteConfig } from "@/lib/site-config";

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return pageMetadata({
    path: "/takedown",
    title: "举报与纠错",
    description: "发现本站内容侵权、有事实错误或涉及个人信息时，如何告诉我们，以及我们会怎样处理。",
  });
}

const REPORT_CONTENTS = [
  ["涉及的页面", "页面的完整网址；如果只涉及某一段，请写明是哪个小标题下的哪句话。"],
  ["问题是什么", "侵权、事实错误、涉及个人信息，还是其他问题；事实错误请说明正确的说法是什么。"],
  ["依据", "权利人请附上权利证明（例如作品首发链接、著作权登记或授权文件）；纠错请附上出处，例如法规条文、监管部门公告或支付宝 App 内的说明截图。"],
  ["联系方式", "方便我们回复你的邮箱或电话。我们只用它处理这次举报，不会公开。"],
  ["善意声明", "一句话说明你提供的信息真实、举报出于善意；代表他人举报的，请说明你获得了授权。"],
] as const;

const NEXT_STEPS = [
  "收到邮件后，我们会回信确认收到。",
  "编辑核实举报内容：对照你提供的依据，必要时再向你了解情况。",
  "确认侵权或涉及个人信息的内容会被下线；确认的事实错误会被改正，文章会标明更新日期。",
  "我们会把处理结果回复给你；如果决定不作修改，也会说明理由。",
] as const;

export default async function TakedownPage({ params }: ScriptPageProps) {
  await enterScript(params);
  return (
    <div className="space-y-8">
      <LanguageSwitch path={"/takedown"} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("举报与纠错")}</h1>
        <p>
          {localize("本站的文章由编辑根据公开的法规和监管信息撰写。如果你认为某个页面侵犯了你的权利、写错了事实，或者出现了不该公开的个人信息，请告诉我们。")}
        </p>
      </header>

      <section aria-labelledby="report-contents" className="space-y-3">
        <h2 id="report-contents" className="text-xl font-bold">{localize("举报需要写清楚什么")}</h2>
        <dl className="space-y-3">
          {REPORT_CONTENTS.map(([term, detail]) => (
            <div key={term} className="rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800">
              <dt className="font-bold">{localize(term)}</dt>
              <dd className="text-zinc-800 dark:text-zinc-200">{localize(detail)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="report-where" className="space-y-3">
        <h2 id="report-where" className="text-xl font-bold">{localize("发送到哪里")}</h2>
        <p>
          请把以上内容发邮件到{" "}
          <a href={`mailto:${siteConfig.reportEmail}`} className="font-bold text-blue-800 underline underline-offset-4 dark:text-sky-300">
            {siteConfig.reportEmail}
          </a>
          {localize("，邮件标题写“举报”或“纠错”加上页面标题。")}
        </p>
        <p className="rounded bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {localize("本站不是借呗的运营方，处理不了你的借款、还款或征信问题。这类问题请通过支付宝 App 内的官方客服办理。")}
        </p>
      </section>

      <section aria-labelledby="report-next" className="space-y-3">
        <h2 id="report-next" className="text-xl font-bold">{localize("之后会发生什么")}</h2>
        <ol className="list-decimal space-y-2 pl-6">
          {NEXT_STEPS.map((step) => (
            <li key={step}>{localize(step)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
