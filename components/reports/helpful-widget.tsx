import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { PAGE_SCRIPT_PATH } from "@/lib/client/page-script";
import { FEEDBACK_COMMENT_MAX_CHARS } from "@/lib/reports/feedback-form";
import { HONEYPOT_FIELD } from "@/lib/reports/report-form";
import { reportLinkHref } from "@/lib/reports/report-link";
import { localize, localPath } from "@/lib/script/request-script";
import { articlePath } from "@/lib/site/url";
import { SiteLink } from "../site-link";
import { TitledPanel } from "../titled-panel";

const ANSWER =
  "rounded-lg border-2 border-blue-800 px-4 py-1.5 font-bold text-blue-800 hover:bg-blue-50 dark:border-sky-300 dark:text-sky-300 dark:hover:bg-sky-950";

/**
 * "这篇文章有帮助吗？" at the end of an article: two submit buttons and an optional comment,
 * a plain POST to /feedback (a thank-you page follows); with JavaScript the answer is sent in
 * the background and the form is replaced by a thank-you line. Next to it, the link that opens
 * the report form for this article.
 */
export function HelpfulWidget({ slug }: { slug: string }) {
  return (
    <TitledPanel
      as="section"
      id={PAGE_ANCHOR_IDS.feedback}
      title={localize("这篇文章有帮助吗？")}
      testId="helpful-widget"
      className="border border-zinc-300 dark:border-zinc-700 print:hidden"
    >
      <form
        method="post"
        action={localPath("/feedback")}
        data-enhanced-form
        data-done-message={localize("谢谢你的反馈！")}
        data-failed-message={localize("没有发送成功，请稍后再试。")}
        className="relative mt-3 space-y-3"
      >
        <input type="hidden" name="article" value={slug} />
        <div data-form-summary aria-live="polite" />
        <label htmlFor="feedback-comment" className="block">
          {localize("想补充几句吗？")}
          <span className="text-zinc-700 dark:text-zinc-300">{localize("（可不填，不要写个人信息）")}</span>
        </label>
        <textarea
          id="feedback-comment"
          name="comment"
          rows={2}
          maxLength={FEEDBACK_COMMENT_MAX_CHARS}
          className="w-full rounded-md border border-zinc-400 bg-white px-3 py-1.5 text-base text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
        />
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={`feedback-${HONEYPOT_FIELD}`}>{localize("请不要填写这一项")}</label>
          <input id={`feedback-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="helpful" value="yes" className={ANSWER}>
            {localize("有帮助")}
          </button>
          <button type="submit" name="helpful" value="no" className={ANSWER}>
            {localize("没帮助")}
          </button>
        </div>
        <script src={PAGE_SCRIPT_PATH} async />
      </form>
      <p className="mt-3 text-sm">
        {localize("发现文章有错误？")}
        <SiteLink href={reportLinkHref(articlePath(slug))} className="text-link">
          {localize("报告错误")}
        </SiteLink>
      </p>
    </TitledPanel>
  );
}
