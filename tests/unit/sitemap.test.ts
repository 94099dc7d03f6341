import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, selectVisible } from "@/lib/content/load-content";
import type { Article } from "@/lib/content/schema";
import { pageMetadata } from "@/lib/site/page-metadata";
import { ARTICLES_PER_PAGE } from "@/lib/site/pagination";
import { absoluteUrl } from "@/lib/site/url";
import { languageAlternates, sitemapEntries } from "@/lib/site/sitemap";

const SITE = "http://localhost:3000";

const published = async () => selectVisible((await loadContent(path.join(__dirname, "..", "fixtures", "valid"))).articles, false);

/** The alternates both entries of a page carry, from its Simplified and Traditional paths. */
const alternates = (simplified: string, traditional: string) => ({
  languages: { "zh-CN": `${SITE}${simplified}`, "zh-Hant": `${SITE}${traditional}`, "x-default": `${SITE}${simplified}` },
});

describe("the sitemap", () => {
  it("lists every page in Simplified and in Traditional, each with both versions as alternates", async () => {
    expect(sitemapEntries(await published())).toEqual([
      { url: `${SITE}/`, lastModified: "2026-02-01", alternates: alternates("/", "/zh-Hant") },
      { url: `${SITE}/zh-Hant`, lastModified: "2026-02-01", alternates: alternates("/", "/zh-Hant") },
      {
        url: `${SITE}/articles/complete-guide`,
        lastModified: "2026-02-01",
        alternates: alternates("/articles/complete-guide", "/zh-Hant/articles/complete-guide"),
      },
      {
        url: `${SITE}/zh-Hant/articles/complete-guide`,
        lastModified: "2026-02-01",
        alternates: alternates("/articles/complete-guide", "/zh-Hant/articles/complete-guide"),
      },
      {
        url: `${SITE}/articles/older-article`,
        lastModified: "2025-06-01",
        alternates: alternates("/articles/older-article", "/zh-Hant/articles/older-article"),
      },
      {
        url: `${SITE}/zh-Hant/articles/older-article`,
        lastModified: "2025-06-01",
        alternates: alternates("/articles/older-article", "/zh-Hant/articles/older-article"),
      },
      ...["/tools/overdue-cost", "/tools/reminder", "/tools/negotiation-checklist"].flatMap((tool) => [
        { url: `${SITE}${tool}`, alternates: alternates(tool, `/zh-Hant${tool}`) },
        { url: `${SITE}/zh-Hant${tool}`, alternates: alternates(tool, `/zh-Hant${tool}`) },
      ]),
      { url: `${SITE}/takedown`, alternates: alternates("/takedown", "/zh-Hant/takedown") },
      { url: `${SITE}/zh-Hant/takedown`, alternates: alternates("/takedown", "/zh-Hant/takedown") },
    ]);
  });

  it("lists the further list pages in both scripts", async () => {
    const [article] = await published();
    const many: Article[] = Array.from({ length: ARTICLES_PER_PAGE * 2 + 1 }, (_, i) => ({ ...article!, slug: `article-${i}` }));
    const urls = sitemapEntries(many).map((entry) => entry.url);
    expect(urls.filter((url) => url.includes("/page/"))).toEqual([
      `${SITE}/page/2`,
      `${SITE}/zh-Hant/page/2`,
      `${SITE}/page/3`,
      `${SITE}/zh-Hant/page/3`,
    ]);
    expect(urls).toHaveLength((1 + 2 + many.length + 3 + 1) * 2);
  });

  it("names the same alternates as the pages' own hreflang links", () => {
    for (const path of ["/", "/page/2", "/articles/complete-guide", "/takedown"]) {
      const languages = pageMetadata({ path }).alternates?.languages as Record<string, string>;
      const resolved = Object.fromEntries(Object.entries(languages).map(([language, href]) => [language, absoluteUrl(href)]));
      expect(languageAlternates(path), path).toEqual(resolved);
    }
  });
});
