import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, selectVisible } from "@/lib/content/load-content";
import type { Article } from "@/lib/content/schema";
import { buildFeed } from "@/lib/feeds";
import { articleMetadata } from "@/lib/page-metadata";
import { absoluteUrl } from "@/lib/site-url";
import { articleStructuredData, serializeJsonLd } from "@/lib/structured-data";

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
    const graph = articleStructuredData(guide)["@graph"] as unknown as Record<string, unknown>[];
    expect(graph.map((node) => node["@type"])).toEqual(["Article", "BreadcrumbList", "HowTo"]);
    expect(graph[2]).toMatchObject({
      name: "一步一步怎么做",
      step: [
        { "@type": "HowToStep", position: 1, name: "先还能还的部分", text: "罚息按天计算。" },
        { "@type": "HowToStep", position: 2, name: "查看合同", text: "在 App 内查看。" },
      ],
    });
  });

  it("has no HowTo without a process section", async () => {
    const older = (await published()).find((a) => a.slug === "older-article")!;
    expect((articleStructuredData(older)["@graph"] as unknown as { "@type": string }[]).map((n) => n["@type"])).toEqual(["Article", "BreadcrumbList"]);
  });

  it("cannot be closed early by text in an article", async () => {
    const [article] = await published();
    const hostile: Article = { ...article!, title: "</script><script>alert(1)</script>" };
    const json = serializeJsonLd(articleStructuredData(hostile));
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
      twitter: { card: "summary_large_image" },
    });
  });

  it("builds absolute URLs from SITE_URL", () => {
    expect(absoluteUrl("/articles/x")).toBe("http://localhost:3000/articles/x");
  });
});
