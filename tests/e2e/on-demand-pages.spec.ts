import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { toTraditional } from "../../lib/script/convert";
import { PRERENDERED_ARTICLES } from "../../lib/site/pages";
import { publishedArticles } from "./site-content";

/** Every file under the build's server folder, as paths: Next keeps what it renders after the build in memory only (next.config.ts). */
function keptFiles(): string[] {
  const root = path.resolve(process.env.NEXT_DIST_DIR || ".next", "server");
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: "utf8" });
}

test("a Traditional article beyond the newest is rendered on its first request and then served as kept", async ({ request }) => {
  const articles = await publishedArticles();
  expect(articles.length, "the content has articles that are not prerendered in Traditional").toBeGreaterThan(
    PRERENDERED_ARTICLES["zh-Hant"],
  );
  const oldest = articles.at(-1)!;
  const address = `/zh-Hant/articles/${oldest.slug}`;
  const first = await request.get(address);
  expect(first.status()).toBe(200);
  const second = await request.get(address);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await second.text()).toBe(await first.text());
  expect(await first.text()).toContain(toTraditional(oldest.title));
});

test("made-up article names and sitemap files get the 404 page and nothing is kept for them", async ({ request }) => {
  const id = String(Date.now());
  const name = `made-up-${id}`;
  for (const address of [
    `/zh-Hant/articles/${name}`,
    `/articles/${name}`,
    `/zh-Hans/articles/${name}`,
    `/zh-Hant/articles/${name}/opengraph-image`,
    `/zh-hant/articles/${(await publishedArticles())[0]!.slug}`,
    // Sitemap files beyond those the build wrote.
    `/sitemaps/sitemap/${id}.xml`,
    `/sitemaps/sitemap/${name}.xml`,
  ]) {
    for (const attempt of ["first", "again"]) {
      const response = await request.get(address);
      expect(response.status(), `${address}, ${attempt}`).toBe(404);
      expect(response.headers()["content-type"], address).toContain("text/html");
      // Answered by the not-found gate, never by a route that renders and keeps what it is asked for.
      expect(response.headers()["x-nextjs-cache"], `${address}, ${attempt}`).toBeUndefined();
    }
  }
  expect(keptFiles().filter((file) => file.includes(id))).toEqual([]);
});
