import { listArticles } from "@/lib/site/articles";
import { sitemapEntries, sitemapIndexXml } from "@/lib/site/sitemap";

export const dynamic = "force-static";

/** The sitemap index robots.txt names: every sitemap file of app/sitemap.ts, built at build time. */
export async function GET() {
  return new Response(sitemapIndexXml(sitemapEntries(await listArticles())), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
