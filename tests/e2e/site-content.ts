import path from "node:path";
import { loadValidContent, selectVisible } from "../../lib/content/load-content";
import type { Article } from "../../lib/content/schema";
import type { Situation } from "../../lib/content/situations";
import { sitePages } from "../../lib/site/pages";

/** The content the production build publishes, read with the site's own loader. */
function publishedContent() {
  return loadValidContent(path.resolve(process.env.CONTENT_DIR || "content"));
}

/** The articles the production build publishes. */
export async function publishedArticles(): Promise<Article[]> {
  return selectVisible((await publishedContent()).articles, false);
}

/** The situations the home page opens with (content/situations.yaml). */
export async function publishedSituations(): Promise<Situation[]> {
  return (await publishedContent()).situations;
}

/**
 * The pages a report post leads to, made by posting to the suite's server: the confirmation of
 * an accepted report, and the form showing a refused one (a draft).
 */
export async function reportOutcomeRoutes(): Promise<string[]> {
  const origin = `http://127.0.0.1:${process.env.E2E_PORT}`;
  const post = (fields: Record<string, string>, accept: string) =>
    fetch(`${origin}/takedown/report`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: origin, Accept: accept, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    });
  const accepted = (await (
    await post(
      { page: "/", kind: "other", description: "首页的介绍需要更新一下说法。", contact: "a@example.com", goodFaith: "yes" },
      "application/json",
    )
  ).json()) as { next: string };
  const refused = (await post({ description: "短", contact: "?" }, "text/html")).headers.get("location")!;
  return [accepted.next, refused.replace(/#.*$/, "")];
}

/**
 * Every page of the site (the one list in lib/site/pages.ts, which the sitemap is made of, so a
 * new page is walked without anyone adding it here), each Simplified, plus the states of those
 * pages that only a query string reaches (a filled-in report form, search answers, the tools
 * answered and refused, a thank-you page) and a 404. Needs no server, so a spec may make one
 * test per route.
 */
export async function pageRoutes(): Promise<string[]> {
  const articles = await publishedArticles();
  return [
    ...sitePages(articles).map((page) => page.path),
    `/takedown?page=${encodeURIComponent(`/articles/${articles[0]!.slug}`)}&section=process&kind=factual-error`,
    `/feedback/thanks?article=${articles[0]!.slug}`,
    `/search?q=${encodeURIComponent("罚息")}`,
    `/search?q=${encodeURIComponent("借呗逾期会坐牢吗")}`,
    `/search?q=${encodeURIComponent("量子力学")}`,
    "/tools/overdue-cost?amount=1000&rate=0.03&days=30",
    "/tools/overdue-cost?amount=-5&rate=abc&days=",
    "/tools/reminder?day=31&amount=500&months=6",
    "/tools/reminder?day=40",
    "/articles/no-such-article",
  ];
}

/** Every page of the site: `pageRoutes` and the pages a report post leads to. */
export async function allRoutes(): Promise<string[]> {
  return [...(await pageRoutes()), ...(await reportOutcomeRoutes())];
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
