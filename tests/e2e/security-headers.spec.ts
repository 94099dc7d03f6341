import { expect, test } from "@playwright/test";
import { EXPECTED_SECURITY_HEADERS as EXPECTED } from "./expected-headers";
import { publishedArticles } from "./site-content";
import { SHARED_PAGE_CACHE_CONTROL } from "../../lib/server/cache-policy";

test("every kind of response carries the security headers", async ({ request }) => {
  const [article] = await publishedArticles();
  const home = await (await request.get("/")).text();
  const stylesheet = /\/_next\/static\/[^"]+\.css/.exec(home)?.[0];
  expect(stylesheet).toBeDefined();
  const routes = {
    "home page": "/",
    article: `/articles/${article!.slug}`,
    "alias redirect": "/articles/guide",
    "takedown page": "/takedown",
    "not found": "/articles/no-such-article",
    "malformed URL": "/articles/%ZZ",
    sitemap: "/sitemap.xml",
    robots: "/robots.txt",
    "RSS feed": "/feed.xml",
    "Atom feed": "/atom.xml",
    "Open Graph image": `/articles/${article!.slug}/opengraph-image`,
    icon: "/icon.svg",
    stylesheet: stylesheet!,
  };
  for (const [kind, path] of Object.entries(routes)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), kind).toBeLessThan(500);
    for (const [header, value] of Object.entries(EXPECTED)) expect(response.headers()[header], `${kind}: ${header}`).toBe(value);
  }
});

test("pages hydrate and navigate under the policy without a single violation", async ({ page }) => {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  const [article] = await publishedArticles();
  await page.goto("/");
  await page.getByTestId("article-list").getByRole("link", { name: article!.title }).click();
  await expect(page.locator("h1")).toHaveText(article!.title);
  await expect(page.getByRole("button", { name: "复制链接" })).toBeVisible();
  expect(messages).toEqual([]);
});

test("shared caches may keep pages for minutes, hashed assets for good, and never a search answer or a form's page", async ({
  request,
}) => {
  const [article] = await publishedArticles();
  const home = await (await request.get("/")).text();
  const stylesheet = /\/_next\/static\/[^"]+\.css/.exec(home)?.[0];
  const cacheControl = async (path: string) => (await request.get(path, { maxRedirects: 0 })).headers()["cache-control"];
  for (const path of ["/", `/articles/${article!.slug}`, `/zh-Hant/articles/${article!.slug}`, "/feed.xml", "/sitemap.xml"]) {
    expect(await cacheControl(path), path).toBe(SHARED_PAGE_CACHE_CONTROL);
  }
  expect(await cacheControl(stylesheet!)).toBe("public, max-age=31536000, immutable");
  expect(await cacheControl("/search?q=%E7%BD%9A%E6%81%AF")).toMatch(/\bprivate\b.*\bno-store\b/);
  // Rendered for each request, as they may show what a reader typed.
  for (const path of ["/takedown", "/takedown?draft=no-such-draft", "/tools/reminder"])
    expect(await cacheControl(path), path).toMatch(/\bno-store\b/);
});
