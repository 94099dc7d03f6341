import type { MetadataRoute } from "next";
import { listArticles } from "@/lib/site/articles";
import { sitemapEntries } from "@/lib/site/sitemap";

/** Every published page in both scripts: articles with their last change, list pages and the takedown page. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await listArticles());
}
