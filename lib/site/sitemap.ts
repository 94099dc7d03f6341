import type { MetadataRoute } from "next";
import type { Article } from "../content/schema";
import { hreflangPaths } from "./page-metadata";
import { pagesInEveryScript, sitePages } from "./pages";
import { absoluteUrl } from "./url";

/**
 * The `hreflang` alternates of a site path as absolute URLs: the same three the page's own
 * `<link rel="alternate">` tags name (`lib/site/page-metadata.ts`), Simplified also the default.
 */
export function languageAlternates(path: string): Record<"zh-CN" | "zh-Hant" | "x-default", string> {
  const paths = hreflangPaths(path);
  return { "zh-CN": absoluteUrl(paths["zh-CN"]), "zh-Hant": absoluteUrl(paths["zh-Hant"]), "x-default": absoluteUrl(paths["x-default"]) };
}

/**
 * The sitemap for the published `articles`: every indexed page of the site's one list of pages
 * (`sitePages`: the list pages, every article with its last change, the reader tools and the
 * takedown page), each in Simplified and in Traditional. Every entry names both versions and
 * the default as alternates (rendered as `xhtml:link`), the way search engines expect localized
 * pages: each version listed, each listing all of them.
 */
export function sitemapEntries(articles: readonly Article[]): MetadataRoute.Sitemap {
  return pagesInEveryScript(sitePages(articles).filter((page) => page.indexed)).map(({ path, servedPath, lastModified }) => ({
    url: absoluteUrl(servedPath),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages: languageAlternates(path) },
  }));
}

/** The most URLs one sitemap file may list (the sitemaps.org protocol's limit, which search engines apply). */
export const MAX_SITEMAP_URLS = 50_000;

/** How many sitemap files `entries` fill, at most MAX_SITEMAP_URLS each, at least one. */
export function sitemapFileCount(entries: MetadataRoute.Sitemap): number {
  return Math.max(1, Math.ceil(entries.length / MAX_SITEMAP_URLS));
}

/** The entries of sitemap file `id` (a decimal number, as Next passes it); none for any other id. */
export function sitemapFile(entries: MetadataRoute.Sitemap, id: string): MetadataRoute.Sitemap {
  if (!/^(?:0|[1-9]\d*)$/.test(id)) return [];
  const start = Number(id) * MAX_SITEMAP_URLS;
  return entries.slice(start, start + MAX_SITEMAP_URLS);
}

/**
 * The path of sitemap file `id`, where Next serves `app/sitemaps/sitemap.ts` with
 * `generateSitemaps` (not under `app/`: a `sitemap.ts` there claims `/sitemap.xml`, the index).
 */
export function sitemapFilePath(id: number): string {
  return `/sitemaps/sitemap/${id}.xml`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * `/sitemap.xml`: a sitemap index naming every sitemap file, each with the latest change of
 * the pages it lists. Next writes the files themselves but no index, so robots.txt would
 * otherwise have to name each file, and a site that grows past 50,000 URLs would change its
 * sitemap's address.
 */
export function sitemapIndexXml(entries: MetadataRoute.Sitemap): string {
  const files = Array.from({ length: sitemapFileCount(entries) }, (_, id) => {
    const dates = sitemapFile(entries, String(id)).flatMap((entry) => (typeof entry.lastModified === "string" ? [entry.lastModified] : []));
    const latest = dates.reduce<string | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
    const lastmod = latest === undefined ? "" : `<lastmod>${escapeXml(latest)}</lastmod>`;
    return `<sitemap><loc>${escapeXml(absoluteUrl(sitemapFilePath(id)))}</loc>${lastmod}</sitemap>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files,
    "</sitemapindex>",
    "",
  ].join("\n");
}
