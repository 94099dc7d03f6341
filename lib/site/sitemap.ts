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
