import { listArticles } from "@/lib/site/articles";
import { buildFeed } from "@/lib/site/feeds";

export const dynamic = "force-static";

/** Atom feed of the published articles, built at build time. */
export async function GET() {
  return new Response(buildFeed(await listArticles()).atom1(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
