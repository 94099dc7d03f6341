import { listArticles } from "@/lib/site/articles";
import { buildFeed } from "@/lib/site/feeds";

export const dynamic = "force-static";

/** RSS 2.0 feed of the published articles, built at build time. */
export async function GET() {
  return new Response(buildFeed(await listArticles()).rss2(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
