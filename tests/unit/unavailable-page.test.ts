import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { parseSiteConfig } from "@/lib/site/config";
import { unavailablePage } from "@/lib/site/unavailable-page";

function page(env: Record<string, string> = {}): Root {
  return fromHtml(unavailablePage(parseSiteConfig(env)));
}

/** Every element of `node`'s tree that `matches`. */
function elements(node: Root | RootContent, matches: (element: Element) => boolean): Element[] {
  const own = node.type === "element" && matches(node) ? [node] : [];
  const children = "children" in node ? node.children.flatMap((child) => elements(child, matches)) : [];
  return [...own, ...children];
}

describe("the page nginx sends when the app cannot answer", () => {
  it("says what happened and what to do, in both scripts, with the site's statements", () => {
    const tree = page();
    const sections = elements(tree, (element) => element.tagName === "section");
    const [simplified, traditional] = sections.map((section) => toText(section));
    expect(simplified).toContain("暂时打不开");
    expect(simplified).toContain("请稍后再提交一次");
    expect(simplified).toContain("支付宝 App → 我的 → 客服");
    expect(simplified).toContain("与支付宝、蚂蚁集团及其关联公司没有任何隶属");
    expect(simplified).toContain("不构成法律意见");
    expect(traditional).toContain("暫時打不開");
    expect(traditional).toContain("不構成法律意見");
    expect(sections.map((section) => section.properties.lang)).toEqual(["zh-Hans", "zh-Hant"]);
  });

  it("names the placeholder report address as a placeholder, unlinked, until one is set, then links it", () => {
    const placeholder = page();
    expect(toText(placeholder)).toContain("report@example.com（示例/占位地址");
    const mailLinks = (tree: Root) => elements(tree, (element) => String(element.properties.href ?? "").startsWith("mailto:"));
    expect(mailLinks(placeholder)).toHaveLength(0);
    const set = page({ SITE_REPORT_EMAIL: "jubao@jiebei-guide.example.org" });
    expect(mailLinks(set).map((link) => link.properties.href)).toEqual(Array(2).fill("mailto:jubao@jiebei-guide.example.org"));
    expect(toText(set)).not.toContain("占位");
  });

  it("needs nothing the app serves and passes the site's CSP: no script, style, image or stylesheet", () => {
    const loads = elements(
      page(),
      (element) => ["script", "style", "link", "img", "iframe"].includes(element.tagName) || "style" in element.properties,
    );
    expect(loads).toHaveLength(0);
  });
});
