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
 * An article as the list of pages needs it: its slug, and its dates where the caller has read
 * them. The sitemap gives whole articles; the report form, which only asks whether a path is
 * one of the site's pages, gives names (`listArticleNames`), so a report does not make the
 * server decode every article.
 */
export type PageArticle = Pick<Article, "slug"> & Partial<Pick<Article, "date" | "updated">>;

/** The date of an article's last change, when its dates were given. */
function lastModifiedOf({ date, updated }: PageArticle): { lastModified?: string } {
  return date === undefined ? {} : { lastModified: lastUpdated({ date, updated }) };
}

/**
 * Every page of the site for the published `articles`, newest first: the article list's pages
 * (the home page is page 1), every article, the reader tools, the report form and search. One
 * list, so the sitemap, the report form's "is this one of our pages" and the browser tests'
 * walk of the site cannot disagree; a new page is added here once.
 */
export function sitePages(articles: readonly PageArticle[]): SitePage[] {
  const newest = articles[0];
  const listPageCount = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE));
  return [
    { path: pageHref(1), kind: "list", indexed: true, ...(newest ? lastModifiedOf(newest) : {}) },
    ...Array.from({ length: listPageCount - 1 }, (_, i): SitePage => ({ path: pageHref(i + 2), kind: "list", indexed: true })),
    ...articles.map((article): SitePage => ({
      path: articlePath(article.slug),
      kind: "article",
      indexed: true,
      ...lastModifiedOf(article),
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

const pathsByArticles = new WeakMap<readonly PageArticle[], ReadonlySet<string>>();

/**
 * The paths of `sitePages(articles)`, worked out once per list of articles: a production
 * server keeps one list until it restarts, and at 10,000 articles listing the pages and
 * searching the list took 11–16 ms of every report post.
 */
export function sitePagePaths(articles: readonly PageArticle[]): ReadonlySet<string> {
  let paths = pathsByArticles.get(articles);
  if (paths === undefined) {
    paths = new Set(sitePages(articles).map((page) => page.path));
    pathsByArticles.set(articles, paths);
  }
  return paths;
}

/** Whether `path` (in either script, without query or fragment) is one of the site's pages (`sitePagePaths`). */
export function isSitePage(path: string, paths: ReadonlySet<string>): boolean {
  const simplified = path === "/zh-Hant" ? "/" : path.startsWith("/zh-Hant/") ? path.slice("/zh-Hant".length) : path;
  return paths.has(simplified);
}

/**
 * How many article pages the build prerenders in each script: the newest ones, which readers
 * and search engines ask for first after they are published, and which are shared. The others
 * are rendered on their first request (about 0.25 s) and then kept by Next like prerendered
 * pages, until the next build. Every prerendered article costs the build about 60 ms of a
 * worker (React's rendering of the page, its flight data and the files Next writes for it), so
 * prerendering all of them made the build grow with the content: 1,000 articles in both scripts
 * took 132.8 s, 1,000 in Simplified alone 64 s. A fixed number keeps the prerendering's share of
 * the build the same at any size. Most readers read Simplified, so it gets more. (Next
 * prerenders nothing of a route when any script gets no params at all, so neither is 0.)
 */
export const PRERENDERED_ARTICLES: Readonly<Record<Script, number>> = { "zh-Hans": 100, "zh-Hant": 10 };

/**
 * The article addresses prerendered in `script`, for `articles` newest first: the newest
 * PRERENDERED_ARTICLES of the script, and every alias (a redirect, cheap to prerender).
 */
export function prerenderedArticleSlugs(script: Script, articles: readonly Pick<Article, "slug" | "aliases">[]): string[] {
  return [
    ...articles.slice(0, PRERENDERED_ARTICLES[script]).map((article) => article.slug),
    ...articles.flatMap((article) => article.aliases),
  ];
}
