import { h } from "hastscript";
import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { toTraditional } from "../script/convert";
import type { SiteConfig } from "./config";

/**
 * The pages nginx sends itself (deploy/nginx.conf), written by the build next to the server
 * (`dist/<status>.html`) with the deployer's settings: when no app process answers (503), and
 * when a reader posts forms faster than nginx lets through (429). Never nginx's own pages.
 */
export const FRONT_ERROR_STATUSES = [503, 429] as const;
export type FrontErrorStatus = (typeof FRONT_ERROR_STATUSES)[number];

type Convert = (text: string) => string;

/** The report address: a mail link once set, else the placeholder, marked and not linked (as `ReportEmail`). */
function reportEmail(config: Pick<SiteConfig, "reportEmail" | "reportEmailIsPlaceholder">, convert: Convert): (Element | string)[] {
  if (config.reportEmailIsPlaceholder) return [h("code", config.reportEmail), convert("（示例/占位地址，站点还没有设置，发不到任何人）")];
  return [h("a", { href: `mailto:${config.reportEmail}` }, config.reportEmail)];
}

/** Each page's title and what it says, before the lines every page ends with. */
function message(status: FrontErrorStatus, config: SiteConfig, convert: Convert): { title: string; body: Element[] } {
  const urgent = (before: string) => h("p", [convert(before), ...reportEmail(config, convert), convert("。")]);
  if (status === 429) {
    return {
      title: convert("提交得太频繁了"),
      body: [
        h(
          "p",
          convert("为了防止有人用大量提交淹没真正的举报，同一网络在一分钟里能提交的次数有限。这一次没有提交成功，请过一两分钟再提交。"),
        ),
        urgent("情况紧急的话，可以发邮件到 "),
      ],
    };
  }
  return {
    title: convert(`${config.name}暂时打不开`),
    body: [
      h("p", convert("网站正在重启或维护，通常几分钟就好，请稍后刷新这一页。最近有人看过的文章页面多半还能打开。")),
      urgent("如果你刚才在提交举报、纠错或反馈：这一次网站没有收到，请稍后再提交一次。情况紧急的话，可以发邮件到 "),
      h("p", convert("搜索也要等网站恢复后才能用。")),
    ],
  };
}

/** The page's text in one script: its message, then where to go about an overdue loan, and what the site is. */
function section(status: FrontErrorStatus, config: SiteConfig, convert: Convert, lang: string): Element {
  const { title, body } = message(status, config, convert);
  return h("section", { lang }, [
    h("h1", title),
    ...body,
    h(
      "p",
      convert(
        `借呗的还款、协商和账单问题，请直接在支付宝 App 里找官方客服（${config.contact.appPath}）。不要相信自称能“代理协商”“内部渠道减免”的人，也不要向他们付钱。`,
      ),
    ),
    h(
      "p",
      h(
        "small",
        convert(`${config.name}是独立网站，与支付宝、蚂蚁集团及其关联公司没有任何隶属、合作或代理关系。内容仅供参考，不构成法律意见。`),
      ),
    ),
  ]);
}

/**
 * The page nginx sends with `status`: plain HTML with no script and no style, so it needs
 * nothing the app serves and passes the site's CSP; in Simplified, then Traditional
 * characters (converted as every page is).
 */
export function frontErrorPage(status: FrontErrorStatus, config: SiteConfig): string {
  const tree = h(null, [
    { type: "doctype" },
    h("html", { lang: "zh-Hans" }, [
      h("head", [
        h("meta", { charset: "utf-8" }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("meta", { name: "robots", content: "noindex" }),
        h("title", `${message(status, config, (text) => text).title} - ${config.name}`),
      ]),
      h("body", [
        h("main", [section(status, config, (text) => text, "zh-Hans"), h("hr"), section(status, config, toTraditional, "zh-Hant")]),
      ]),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}
