import type { MetadataRoute } from "next";
import { listArticles } from "@/lib/articles";
import { lastUpdated } from "@/lib/content/schema";
import { ARTICLES_PER_PAGE } from "@/lib/pagination";
import { absoluteUrl, articlePath } from "@/lib/site-url";

/** Every published page: articles with their last change, list pages and the takedown page. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await listArticles();
  const newest = articles[0];
  const pageCount = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE));
  return [
    { url: absoluteUrl("/"), ...(newest ? { lastModified: lastUpdated(newest) } : {}) },
    ...Array.from({ length: pageCount - 1 }, (_, i) => ({ url: absoluteUrl(`/page/${i + 2}`) })),
    ...articles.map((article) => ({ url: absoluteUrl(articlePath(article.slug)), lastModified: lastUpdated(article) })),
    { url: absoluteUrl("/takedown") },
  ];
}
