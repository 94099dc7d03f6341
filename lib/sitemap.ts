import type { MetadataRoute } from "next";
import { lastUpdated, type Article } from "./content/schema";
import { ARTICLES_PER_PAGE, pageHref } from "./pagination";
import { hreflangPaths } from "./page-metadata";
import { scriptPath, SCRIPTS } from "./script/request-script";
import { absoluteUrl, articlePath } from "./site-url";
import { READER_TOOLS } from "./tools/reader-tools";

/**
 * The `hreflang` alternates of a site path as absolute URLs: the same three the page's own
 * `<link rel="alternate">` tags name (`lib/page-metadata.ts`), Simplified also the default.
 */
export function languageAlternates(path: string): Record<"zh-CN" | "zh-Hant" | "x-default", string> {
  const paths = hreflangPaths(path);
  return { "zh-CN": absoluteUrl(paths["zh-CN"]), "zh-Hant": absoluteUrl(paths["zh-Hant"]), "x-default": absoluteUrl(paths["x-default"]) };
}


/**
 * The sitemap for the published `articles`, newest first: the list pages, every article with
 * its last change, the reader tools and the takedown page, each in Simplified and in Traditional. Every entry
 * names both versions and the default as alternates (rendered as `xhtml:link`), the way search
 * engines expect localized pages: each version listed, each listing all of them.
 */
export function sitemapEntries(articles: readonly Article[]): MetadataRoute.Sitemap {
  const newest = articles[0];
  const pageCount = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE));
  const pages: { path: string; lastModified?: string }[] = [
    { path: pageHref(1), ...(newest ? { lastModified: lastUpdated(newest) } : {}) },
    ...Array.from({ length: pageCount - 1 }, (_, i) => ({ path: pageHref(i + 2) })),
    ...articles.map((article) => ({ path: articlePath(article.slug), lastModified: lastUpdated(article) })),
    // The reader tools, which readers find by search as much as through the articles.
    ...READER_TOOLS.map(({ path }) => ({ path })),
    { path: "/takedown" },
  ];
  return pages.flatMap(({ path, lastModified }) =>
    SCRIPTS.map((script) => ({
      url: absoluteUrl(scriptPath(script, path)),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: languageAlternates(path) },
    })),
  );
}
