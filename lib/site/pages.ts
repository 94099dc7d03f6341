import { lastUpdated, type Article } from "../content/schema";
import { scriptPath, SCRIPTS, type Script } from "../script/request-script";
import { READER_TOOLS } from "../tools/reader-tools";
import { ARTICLES_PER_PAGE, pageHref } from "./pagination";
import { articlePath } from "./url";

/** What a page of the site is; the sitemap, the report form and the tests all read this list. */
export interface SitePage {
  /** The Simplified path; the Traditional one is `/zh-Hant` + it (`scriptPath`). */
  path: string;
  kind: "list" | "article" | "tool" | "form" | "search";
  /** The date of its last change, for the sitemap, where it has one. */
  lastModified?: string;
  /** Whether search engines should find it: only the search page (noindex) is not. */
  indexed: boolean;
}

/**
 * Every page of the site for the published `articles`, newest first: the article list's pages
 * (the home page is page 1), every article, the reader tools, the report form and search. One
 * list, so the sitemap, the report form's "is this one of our pages" and the browser tests'
 * walk of the site cannot disagree; a new page is added here once.
 */
export function sitePages(articles: readonly Article[]): SitePage[] {
  const newest = articles[0];
  const listPageCount = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE));
  return [
    { path: pageHref(1), kind: "list", indexed: true, ...(newest ? { lastModified: lastUpdated(newest) } : {}) },
    ...Array.from({ length: listPageCount - 1 }, (_, i): SitePage => ({ path: pageHref(i + 2), kind: "list", indexed: true })),
    ...articles.map((article): SitePage => ({
      path: articlePath(article.slug),
      kind: "article",
      indexed: true,
      lastModified: lastUpdated(article),
    })),
    ...READER_TOOLS.map(({ path }): SitePage => ({ path, kind: "tool", indexed: true })),
    { path: "/takedown", kind: "form", indexed: true },
    { path: "/search", kind: "search", indexed: false },
  ];
}

/** Every page in every script: `path` as served (`/zh-Hant/…` for Traditional), with its script. */
export function pagesInEveryScript(pages: readonly SitePage[]): (SitePage & { script: Script; servedPath: string })[] {
  return pages.flatMap((page) => SCRIPTS.map((script) => ({ ...page, script, servedPath: scriptPath(script, page.path) })));
}

/** Whether `path` (in either script, without query or fragment) is one of `pages`. */
export function isSitePage(path: string, pages: readonly SitePage[]): boolean {
  const simplified = path === "/zh-Hant" ? "/" : path.startsWith("/zh-Hant/") ? path.slice("/zh-Hant".length) : path;
  return pages.some((page) => page.path === simplified);
}

/**
 * How many Traditional article pages the build prerenders: the newest ones, which are shared
 * first. The others are rendered on their first request and then kept by Next like prerendered
 * pages. Most readers read Simplified, and drawing every article in both scripts doubled the
 * build (49 ms per page at 1,000 articles, the largest share of the build after Next's fixed
 * costs); a fixed number keeps Traditional's share of the build from growing with the content.
 * (Next prerenders nothing of a route when any script gets no params at all, so the number is
 * never 0.)
 */
export const PRERENDERED_TRADITIONAL_ARTICLES = 10;

/**
 * The article addresses prerendered in `script`, for `articles` newest first: every article in
 * Simplified, the newest PRERENDERED_TRADITIONAL_ARTICLES in Traditional, and every alias (a
 * redirect, cheap to prerender) in both.
 */
export function prerenderedArticleSlugs(script: Script, articles: readonly Pick<Article, "slug" | "aliases">[]): string[] {
  const shown = script === "zh-Hans" ? articles : articles.slice(0, PRERENDERED_TRADITIONAL_ARTICLES);
  return [...shown.map((article) => article.slug), ...articles.flatMap((article) => article.aliases)];
}
