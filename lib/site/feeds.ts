import { Feed } from "feed";
import { lastUpdated, type Article } from "../content/schema";
import { siteConfig } from "./config";
import { absoluteUrl, articlePath } from "./url";

/** How many of the newest articles a feed carries. */
const FEED_SIZE = 50;

/** The RSS and Atom feeds of the published articles, newest first, built with the `feed` package. */
export function buildFeed(articles: readonly Article[]): Feed {
  const newest = articles.slice(0, FEED_SIZE);
  const home = absoluteUrl("/");
  const feed = new Feed({
    title: siteConfig.name,
    description: "借呗逾期了怎么办：后果、应对步骤、与官方客服沟通和预防。独立网站，与支付宝、蚂蚁集团无关。",
    id: home,
    link: home,
    language: "zh-CN",
    copyright: `${siteConfig.name}（独立网站）`,
    updated: newest[0] ? utcDate(lastUpdated(newest[0])) : new Date(0),
    feedLinks: { rss: absoluteUrl("/feed.xml"), atom: absoluteUrl("/atom.xml") },
  });
  for (const article of newest) {
    const url = absoluteUrl(articlePath(article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: escapeHtml(article.description),
      content: article.leadHtml,
      date: utcDate(lastUpdated(article)),
      published: utcDate(article.date),
      category: article.tags.map((name) => ({ name })),
    });
  }
  return feed;
}

/** Midnight UTC of a YYYY-MM-DD date. */
function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * The feed package writes descriptions into Atom `summary type="html"` (and RSS) as HTML
 * without escaping them, so plain text is escaped here first.
 */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
