import type { MetadataRoute } from "next";
import { listArticles } from "@/lib/site/articles";
import { sitemapEntries, sitemapFile, sitemapFileCount } from "@/lib/site/sitemap";

/** One sitemap file per 50,000 URLs (`/sitemaps/sitemap/0.xml`, …); `/sitemap.xml` is their index (app/sitemap.xml/route.ts). */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  return Array.from({ length: sitemapFileCount(sitemapEntries(await listArticles())) }, (_, id) => ({ id }));
}

/** Every published page in both scripts (articles with their last change, list pages, tools, the takedown page), file `id` of them. */
export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemapFile(sitemapEntries(await listArticles()), await id);
}

/** Only the files `generateSitemaps` lists: any other id is a 404 and nothing is kept for it. */
export const dynamicParams = false;
