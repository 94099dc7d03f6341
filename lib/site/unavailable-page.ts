import { h } from "hastscript";
import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { toTraditional } from "../script/convert";
import type { SiteConfig } from "./config";

/** The name of the page the build writes next to the server (`dist/`), which nginx sends when the app cannot answer. */
export const UNAVAILABLE_PAGE_FILE = "503.html";

/** The report address: a mail link once set, else the placeholder, marked and not linked (as `ReportEmail`). */
function reportEmail(
  config: Pick<SiteConfig, "reportEmail" | "reportEmailIsPlaceholder">,
  convert: (text: string) => string,
): (Element | string)[] {
  if (config.reportEmailIsPlaceholder) return [h("code", config.reportEmail), convert("（示例/占位地址，站点还没有设置，发不到任何人）")];
  return [h("a", { href: `mailto:${config.reportEmail}` }, config.reportEmail)];
}

/** The page's text in one script: what is wrong, what still works, what to do about a form and about an overdue loan. */
function section(config: SiteConfig, convert: (text: string) => string, lang: string): Element {
  return h("section", { lang }, [
    h("h1", convert(`${config.name}暂时打不开`)),
    h("p", convert("网站正在重启或维护，通常几分钟就好，请稍后刷新这一页。最近有人看过的文章页面多半还能打开。")),
    h("p", [
      convert("如果你刚才在提交举报、纠错或反馈：这一次网站没有收到，请稍后再提交一次。情况紧急的话，可以发邮件到 "),
      ...reportEmail(config, convert),
      convert("。"),
    ]),
    h("p", convert("搜索也要等网站恢复后才能用。")),
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
 * The page nginx answers with (as 503) when no app process can: forms and searches then, and
 * any page its cache does not hold. Plain HTML with no script and no style, so it needs
 * nothing the app serves and passes the site's CSP; in Simplified, then Traditional
 * characters (converted as every page is).
 */
export function unavailablePage(config: SiteConfig): string {
  const tree = h(null, [
    { type: "doctype" },
    h("html", { lang: "zh-Hans" }, [
      h("head", [
        h("meta", { charset: "utf-8" }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("meta", { name: "robots", content: "noindex" }),
        h("title", `${config.name}暂时打不开`),
      ]),
      h("body", [h("main", [section(config, (text) => text, "zh-Hans"), h("hr"), section(config, toTraditional, "zh-Hant")])]),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}
