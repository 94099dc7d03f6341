import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, selectVisible } from "@/lib/content/load-content";
import type { Article } from "@/lib/content/schema";
import { buildFeed } from "@/lib/site/feeds";
import { articleMetadata } from "@/lib/site/page-metadata";
import { articleToTraditional } from "@/lib/script/article";
import { absoluteUrl } from "@/lib/site/url";
import { articleStructuredData, serializeJsonLd } from "@/lib/site/structured-data";

const published = async () => selectVisible((await loadContent(path.join(__dirname, "..", "fixtures", "valid"))).articles, false);

describe("feeds", () => {
  it("list published articles newest first and never a draft", async () => {
    const feed = buildFeed(await published());
    const rss = feed.rss2();
    expect([...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1])).toEqual([
      "http://localhost:3000/",
      "http://localhost:3000/articles/complete-guide",
      "http://localhost:3000/articles/older-article",
    ]);
    expect(rss).not.toContain("draft-article");
    expect(feed.atom1()).not.toContain("draft-article");
  });

  it("escape plain-text descriptions, which the feed package writes as HTML", async () => {
    const [article] = await published();
    const tricky: Article = { ...article!, description: "罚息 < 本金 & <b>粗体</b>" };
    expect(buildFeed([tricky]).atom1()).toContain("罚息 &lt; 本金 &amp; &lt;b&gt;粗体&lt;/b&gt;");
  });
});

describe("structured data", () => {
  it("describes the article, its breadcrumb and a HowTo of its process steps", async () => {
    const guide = (await published()).find((a) => a.slug === "complete-guide")!;
    const graph = articleStructuredData(guide, "zh-Hans")["@graph"] as unknown as Record<string, unknown>[];
    expect(graph.map((node) => node["@type"])).toEqual(["Article", "BreadcrumbList", "HowTo"]);
    expect(graph[2]).toMatchObject({
      name: "一步一步怎么做",
      step: [
        { "@type": "HowToStep", position: 1, name: "先还能还的部分", text: "罚息按天计算。" },
        { "@type": "HowToStep", position: 2, name: "查看合同", text: "在 App 内查看。" },
      ],
    });
  });

  it("is zh-CN with the short Simplified URLs on Simplified pages", async () => {
    const guide = (await published()).find((a) => a.slug === "complete-guide")!;
    const [article, breadcrumb, howTo] = articleStructuredData(guide, "zh-Hans")["@graph"] as unknown as Record<string, unknown>[];
    const url = "http://localhost:3000/articles/complete-guide";
    expect(article).toMatchObject({
      headline: "借呗逾期测试指南",
      description: "一篇覆盖全部五种章节类型的测试文章。",
      inLanguage: "zh-CN",
      url,
      mainEntityOfPage: url,
      image: `${url}/opengraph-image`,
      keywords: "逾期,测试",
      publisher: { name: "借呗逾期指南", url: "http://localhost:3000/" },
    });
    expect(breadcrumb!.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "借呗逾期指南", item: "http://localhost:3000/" },
      { "@type": "ListItem", position: 2, name: "借呗逾期测试指南", item: url },
    ]);
    expect(howTo).toMatchObject({
      inLanguage: "zh-CN",
      url: `${url}#process`,
      step: [{ url: `${url}#process` }, { url: `${url}#process` }],
    });
  });

  it("is zh-Hant with Traditional texts and /zh-Hant URLs on Traditional pages", async () => {
    const guide = (await published()).find((a) => a.slug === "complete-guide")!;
    const graph = articleStructuredData(articleToTraditional(guide), "zh-Hant")["@graph"] as unknown as Record<string, unknown>[];
    const [article, breadcrumb, howTo] = graph;
    const url = "http://localhost:3000/zh-Hant/articles/complete-guide";
    expect(article).toMatchObject({
      headline: "借唄逾期測試指南",
      description: "一篇覆蓋全部五種章節類型的測試文章。",
      inLanguage: "zh-Hant",
      url,
      mainEntityOfPage: url,
      image: `${url}/opengraph-image`,
      keywords: "逾期,測試",
      author: { "@type": "Organization", name: "借唄逾期指南", url: "http://localhost:3000/zh-Hant" },
      publisher: { "@type": "Organization", name: "借唄逾期指南", url: "http://localhost:3000/zh-Hant" },
    });
    expect(breadcrumb!.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "借唄逾期指南", item: "http://localhost:3000/zh-Hant" },
      { "@type": "ListItem", position: 2, name: "借唄逾期測試指南", item: url },
    ]);
    expect(howTo).toEqual({
      "@type": "HowTo",
      name: "一步一步怎麼做",
      inLanguage: "zh-Hant",
      url: `${url}#process`,
      step: [
        { "@type": "HowToStep", position: 1, name: "先還能還的部分", text: "罰息按天計算。", url: `${url}#process` },
        { "@type": "HowToStep", position: 2, name: "查看合同", text: "在 App 內查看。", url: `${url}#process` },
      ],
    });
    expect(JSON.stringify(graph)).not.toMatch(/zh-CN|localhost:3000\/articles/);
  });

  it("has no HowTo without a process section", async () => {
    const older = (await published()).find((a) => a.slug === "older-article")!;
    expect((articleStructuredData(older, "zh-Hans")["@graph"] as unknown as { "@type": string }[]).map((n) => n["@type"])).toEqual([
      "Article",
      "BreadcrumbList",
    ]);
  });

  it("cannot be closed early by text in an article", async () => {
    const [article] = await published();
    const hostile: Article = { ...article!, title: "</script><script>alert(1)</script>" };
    const json = serializeJsonLd(articleStructuredData(hostile, "zh-Hans"));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)["@graph"][0].headline).toBe(hostile.title);
  });
});

describe("page metadata", () => {
  it("gives an article a short canonical URL and Open Graph article tags", async () => {
    const guide = (await published()).find((a) => a.slug === "complete-guide")!;
    expect(articleMetadata(guide)).toMatchObject({
      title: guide.title,
      alternates: { canonical: "/articles/complete-guide" },
      openGraph: { type: "article", locale: "zh_CN", publishedTime: "2026-01-05", modifiedTime: "2026-02-01" },
      twitter: { card: "summary_large_image", images: ["/articles/complete-guide/opengraph-image"] },
    });
  });

  it("builds absolute URLs from SITE_URL", () => {
    expect(absoluteUrl("/articles/x")).toBe("http://localhost:3000/articles/x");
  });
});
