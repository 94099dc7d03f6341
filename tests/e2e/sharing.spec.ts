import { expect, test, type Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { publishedArticles } from "./site-content";
import { sitemapFileTexts } from "./sitemap-files";

/** The configured public origin (SITE_URL's default): canonical links and QR codes use it. */
const SITE = "http://localhost:3000";

const meta = (page: Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");

test("an article has canonical, Open Graph and Twitter tags, and its og:image is a 1200×630 PNG", async ({ page, request }) => {
  const [article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  await expect(page).toHaveTitle(`${article!.title} · 借呗逾期指南`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE}/articles/${article!.slug}`);
  expect(await meta(page, "og:title")).toBe(article!.title);
  expect(await meta(page, "og:description")).toBe(article!.description);
  expect(await meta(page, "og:type")).toBe("article");
  expect(await meta(page, "og:locale")).toBe("zh_CN");
  expect(await meta(page, "article:published_time")).toBe(article!.date);
  expect(await meta(page, "article:modified_time")).toBe(article!.updated ?? article!.date);
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");

  for (const property of ["og:image", "twitter:image"]) {
    const imageUrl = new URL((await meta(page, property))!);
    expect(imageUrl.origin).toBe(SITE);
    const response = await request.get(imageUrl.pathname + imageUrl.search);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
  }
  // One image serves both cards.
  const bodyOf = async (property: string) => {
    const url = new URL((await meta(page, property))!);
    return (await request.get(url.pathname + url.search)).body();
  };
  expect((await bodyOf("twitter:image")).equals(await bodyOf("og:image"))).toBe(true);
  // Only published articles have share images; any other name gets the site's 404 page (and is never kept).
  for (const path of [
    "/articles/no-such-article/opengraph-image",
    "/zh-Hant/articles/no-such-article/opengraph-image",
    "/zh-Hans/articles/no-such-article/opengraph-image",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("text/html");
  }
});

test("every article's JSON-LD parses and has the required properties", async ({ page }) => {
  for (const article of await publishedArticles()) {
    await page.goto(`/articles/${article.slug}`);
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const graph = (JSON.parse(raw!) as { "@context": string; "@graph": Record<string, unknown>[] })["@graph"];
    const byType = (type: string) => graph.find((node) => node["@type"] === type) as Record<string, unknown> | undefined;
    const url = `${SITE}/articles/${article.slug}`;
    expect(byType("Article"), article.slug).toMatchObject({
      headline: article.title,
      datePublished: article.date,
      dateModified: article.updated ?? article.date,
      url,
      publisher: { "@type": "Organization", name: "借呗逾期指南" },
    });
    expect(byType("BreadcrumbList")?.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "借呗逾期指南", item: `${SITE}/` },
      { "@type": "ListItem", position: 2, name: article.title, item: url },
    ]);
    const process = article.sections.find((section) => section.kind === "process");
    const howTo = byType("HowTo");
    if (process) {
      expect(howTo?.name).toBe(process.title);
      expect((howTo?.step as { name: string }[]).map((step) => step.name)).toEqual(process.steps.map((step) => step.title));
    } else {
      expect(howTo).toBeUndefined();
    }
  }
});

test("the sitemap and both feeds are XML listing every published article", async ({ request }) => {
  const articles = await publishedArticles();
  const urls = articles.map((article) => `${SITE}/articles/${article.slug}`);
  const parser = new XMLParser({ ignoreAttributes: false });
  /** The document at `path`, checked to be well-formed XML and parsed into the shape `T` the test expects. */
  const fetchXml = async <T>(path: string): Promise<T> => {
    const text = await (await request.get(path)).text();
    expect(XMLValidator.validate(text), path).toBe(true);
    return parser.parse(text) as T;
  };
  const asArray = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);

  const entries = (await sitemapFileTexts(request, SITE)).flatMap((text) => {
    expect(XMLValidator.validate(text)).toBe(true);
    const file = parser.parse(text) as { urlset: { url: { loc: string; lastmod?: string } | { loc: string; lastmod?: string }[] } };
    return asArray(file.urlset.url);
  });
  const locs = entries.map((entry) => entry.loc);
  expect(locs).toEqual(expect.arrayContaining(urls));
  for (const article of articles) {
    const entry = entries.find((e) => e.loc.endsWith(`/articles/${article.slug}`));
    expect(entry?.lastmod).toBe(article.updated ?? article.date);
  }
  // Each article once in each script (the Traditional entries are checked in traditional-files.spec.ts).
  expect(locs.filter((loc) => loc.includes("/articles/") && !loc.includes("/zh-Hant/"))).toHaveLength(articles.length);
  expect(locs.filter((loc) => loc.includes("/zh-Hant/articles/"))).toHaveLength(articles.length);

  const rss = await fetchXml<{ rss: { channel: { item: { link: string } | { link: string }[] } } }>("/feed.xml");
  expect(asArray(rss.rss.channel.item).map((item) => item.link)).toEqual(urls);
  const atom = await fetchXml<{ feed: { entry: { id: string } | { id: string }[] } }>("/atom.xml");
  expect(asArray(atom.feed.entry).map((entry) => entry.id)).toEqual(urls);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test("the copy button copies the article's canonical link and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const [article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  const bar = page.getByTestId("share-bar");
  await bar.getByRole("button", { name: "复制链接" }).click();
  await expect(bar.getByRole("status")).toHaveText("链接已复制，可以粘贴到微信里发送。");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/articles/${article!.slug}`);
});

test("the QR code decodes to the article's URL", async ({ page }) => {
  for (const article of (await publishedArticles()).slice(0, 2)) {
    await page.goto(`/articles/${article.slug}`);
    const png = PNG.sync.read(await page.getByTestId("share-qr").screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(`${SITE}/articles/${article.slug}`);
  }
});

test("the link and QR code work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.getByTestId("share-url")).toHaveAttribute("href", `${SITE}/articles/${article!.slug}`);
  await expect(page.getByTestId("share-qr").locator("svg")).toBeVisible();
  // Buttons that would need JavaScript are not shown as dead controls.
  await expect(page.getByTestId("share-bar").getByRole("button")).toHaveCount(0);
  await context.close();
});

test("the copy button works on an article reached from the article list", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const [article] = await publishedArticles();
  await page.goto("/");
  await page.getByTestId("article-list").getByRole("link", { name: article!.title }).click();
  await expect(page.locator("h1")).toHaveText(article!.title);
  const bar = page.getByTestId("share-bar");
  await bar.getByRole("button", { name: "复制链接" }).click();
  await expect(bar.getByRole("status")).toHaveText("链接已复制，可以粘贴到微信里发送。");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/articles/${article!.slug}`);
});

test("each section heading has an anchor link to /articles/<slug>#<id>", async ({ page }) => {
  const article = (await publishedArticles()).find((a) => a.slug === "jiebei-overdue-guide")!;
  await page.goto(`/articles/${article.slug}`);
  for (const section of article.sections) {
    const anchor = page.getByRole("link", { name: `本节链接：${section.title}` });
    await expect(anchor).toHaveAttribute("href", `#${section.id}`);
    await anchor.focus();
    await expect(anchor).toHaveCSS("opacity", "1");
  }
});
