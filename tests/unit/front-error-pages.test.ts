import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { parseSiteConfig } from "@/lib/site/config";
import { FRONT_ERROR_STATUSES, frontErrorPage, type FrontErrorStatus } from "@/lib/site/front-error-pages";

function page(status: FrontErrorStatus, env: Record<string, string> = {}): Root {
  return fromHtml(frontErrorPage(status, parseSiteConfig(env)));
}

/** Every element of `node`'s tree that `matches`. */
function elements(node: Root | RootContent, matches: (element: Element) => boolean): Element[] {
  const own = node.type === "element" && matches(node) ? [node] : [];
  const children = "children" in node ? node.children.flatMap((child) => elements(child, matches)) : [];
  return [...own, ...children];
}

const mailLinks = (tree: Root) => elements(tree, (element) => String(element.properties.href ?? "").startsWith("mailto:"));

describe("the pages nginx sends itself", () => {
  it("say, when no app process answers, what happened and what to do, in both scripts", () => {
    const sections = elements(page(503), (element) => element.tagName === "section");
    const [simplified, traditional] = sections.map((section) => toText(section));
    expect(sections.map((section) => section.properties.lang)).toEqual(["zh-Hans", "zh-Hant"]);
    expect(simplified).toContain("暂时打不开");
    expect(simplified).toContain("这一次网站没有收到，请稍后再提交一次");
    expect(simplified).toContain("搜索也要等网站恢复后才能用");
    expect(traditional).toContain("暫時打不開");
  });

  it("say, when forms come too fast, that the post was not taken and when to try again", () => {
    const text = toText(page(429));
    expect(text).toContain("提交得太频繁了");
    expect(text).toContain("这一次没有提交成功，请过一两分钟再提交");
    expect(text).toContain("提交得太頻繁了");
  });

  it.each(FRONT_ERROR_STATUSES)("%i: send readers to the official channels and say what the site is and is not", (status) => {
    const [simplified, traditional] = elements(page(status), (element) => element.tagName === "section").map((section) => toText(section));
    expect(simplified).toContain("支付宝 App → 我的 → 客服");
    expect(simplified).toContain("不要相信自称能“代理协商”");
    expect(simplified).toContain("与支付宝、蚂蚁集团及其关联公司没有任何隶属");
    expect(simplified).toContain("不构成法律意见");
    expect(traditional).toContain("不構成法律意見");
  });

  it.each(FRONT_ERROR_STATUSES)(
    "%i: names the placeholder report address as a placeholder, unlinked, until one is set, then links it",
    (status) => {
      const placeholder = page(status);
      expect(toText(placeholder)).toContain("report@example.com（示例/占位地址");
      expect(mailLinks(placeholder)).toHaveLength(0);
      const set = page(status, { SITE_REPORT_EMAIL: "jubao@jiebei-guide.example.org" });
      expect(mailLinks(set).map((link) => link.properties.href)).toEqual(Array(2).fill("mailto:jubao@jiebei-guide.example.org"));
      expect(toText(set)).not.toContain("占位");
    },
  );

  it.each(FRONT_ERROR_STATUSES)("%i: needs nothing the app serves and passes the site's CSP: no script, style or image", (status) => {
    const loads = elements(
      page(status),
      (element) => ["script", "style", "link", "img", "iframe"].includes(element.tagName) || "style" in element.properties,
    );
    expect(loads).toHaveLength(0);
  });
});
