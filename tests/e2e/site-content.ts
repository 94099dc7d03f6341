import path from "node:path";
import { loadValidContent, selectVisible } from "../../lib/content/load-content";
import type { Article } from "../../lib/content/schema";

/** The articles the production build publishes, read with the site's own loader. */
export async function publishedArticles(): Promise<Article[]> {
  const { articles } = await loadValidContent(path.resolve(process.env.CONTENT_DIR || "content"));
  return selectVisible(articles, false);
}

/** Every page of the site: home, each article, the takedown page, search and the reader tools (empty, answered and refused), and a 404. */
export async function allRoutes(): Promise<string[]> {
  const articles = await publishedArticles();
  return [
    "/",
    ...articles.map((article) => `/articles/${article.slug}`),
    "/takedown",
    "/search",
    `/search?q=${encodeURIComponent("罚息")}`,
    `/search?q=${encodeURIComponent("量子力学")}`,
    "/tools/overdue-cost",
    "/tools/overdue-cost?amount=1000&rate=0.03&days=30",
    "/tools/overdue-cost?amount=-5&rate=abc&days=",
    "/tools/reminder",
    "/tools/reminder?day=31&amount=500&months=6",
    "/tools/reminder?day=40",
    "/tools/negotiation-checklist",
    "/articles/no-such-article",
  ];
}

/** URLs that must answer 404, never 500. */
export const ODD_URLS = [
  "/articles/..%2f..%2fetc%2fpasswd",
  "/articles/..%2F..%2Fetc%2Fpasswd",
  `/articles/${"a".repeat(300)}`,
  "/articles/%00",
  "/articles/abc%00def",
  "/articles/%E5%80%9F%E5%91%97%E9%80%BE%E6%9C%9F",
  "/articles/借呗",
  "/articles/a%2Fb",
  "/articles/%ZZ",
  "/articles/a%2",
  "/articles/%",
  "/articles/%E5",
  "/articles/%C0%AF",
  "/page/%ZZ",
  "/page/abc",
  "/page/1",
  "/no/such/page",
];
