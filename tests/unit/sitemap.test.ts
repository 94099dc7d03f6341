import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, selectVisible } from "@/lib/content/load-content";
import type { Article } from "@/lib/content/schema";
import { pageMetadata } from "@/lib/site/page-metadata";
import { ARTICLES_PER_PAGE } from "@/lib/site/pagination";
import { absoluteUrl } from "@/lib/site/url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { languageAlternates, MAX_SITEMAP_URLS, sitemapEntries, sitemapFile, sitemapFileCount, sitemapIndexXml } from "@/lib/site/sitemap";

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

describe("sitemap files and their index", () => {
  /** `count` entries, one changed per day from 2020-01-01 in order, so each file's latest date is known. */
  const entries = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      url: `${SITE}/articles/a-${i}`,
      lastModified: new Date(Date.UTC(2020, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10),
    }));

  it("puts at most 50,000 URLs in a file, in order, and always has one file", () => {
    expect(sitemapFileCount([])).toBe(1);
    expect(sitemapFileCount(entries(MAX_SITEMAP_URLS))).toBe(1);
    const many = entries(2 * MAX_SITEMAP_URLS + 1);
    expect(sitemapFileCount(many)).toBe(3);
    expect(sitemapFile(many, "0")).toEqual(many.slice(0, MAX_SITEMAP_URLS));
    expect(sitemapFile(many, "1")).toEqual(many.slice(MAX_SITEMAP_URLS, 2 * MAX_SITEMAP_URLS));
    expect(sitemapFile(many, "2")).toEqual([many.at(-1)]);
    for (const id of ["3", "01", "-1", "1.5", "x", ""]) expect(sitemapFile(many, id), id).toEqual([]);
  });

  it("indexes every file with the latest change of its pages, as valid XML", () => {
    const many = entries(2 * MAX_SITEMAP_URLS + 1);
    const xml = sitemapIndexXml(many);
    expect(XMLValidator.validate(xml)).toBe(true);
    const index = new XMLParser({ isArray: (name) => name === "sitemap" }).parse(xml) as {
      sitemapindex: { sitemap: { loc: string; lastmod: string }[] };
    };
    const latest = (id: number) =>
      sitemapFile(many, String(id))
        .map((entry) => String(entry.lastModified))
        .reduce((max, date) => (date > max ? date : max), "");
    expect(index.sitemapindex.sitemap).toEqual([0, 1, 2].map((id) => ({ loc: `${SITE}/sitemaps/sitemap/${id}.xml`, lastmod: latest(id) })));
    expect(index.sitemapindex.sitemap[2]!.lastmod).toBe(many.at(-1)!.lastModified);
  });

  it("names the one file of a small site, and leaves out a date when no page has one", () => {
    expect(sitemapIndexXml([{ url: `${SITE}/` }])).toContain(`<sitemap><loc>${SITE}/sitemaps/sitemap/0.xml</loc></sitemap>`);
  });
});
