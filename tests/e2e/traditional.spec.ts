import { expect, test } from "@playwright/test";
import { toTraditional } from "../../lib/script/convert";
import { publishedArticles } from "./site-content";

test("every article is served in Traditional Chinese under /zh-Hant with the same anchors", async ({ page }) => {
  for (const article of await publishedArticles()) {
    await page.goto(`/zh-Hant/articles/${article.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await expect(page.locator("h1")).toHaveText(toTraditional(article.title));
    for (const section of article.sections) {
      await expect(page.locator(`[id="${section.id}"]`)).toHaveText(toTraditional(section.title));
    }
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", new RegExp(`/articles/${article.slug}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute(
      "href",
      new RegExp(`/zh-Hant/articles/${article.slug}$`),
    );
  }
});

test("the language switch keeps the reader on the same article and section, both ways", async ({ page }) => {
  const [article] = await publishedArticles();
  const section = article!.sections.at(-1)!;
  await page.goto(`/articles/${article!.slug}#${section.id}`);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(new RegExp(`/zh-Hant/articles/${article!.slug}#${encodeURIComponent(section.id)}$`));
  await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(new RegExp(`^[^#]*/articles/${article!.slug}#${encodeURIComponent(section.id)}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("Traditional pages link within Traditional, and search answers in Traditional", async ({ page }) => {
  await page.goto("/zh-Hant");
  const first = page.getByTestId("article-list").locator("h3 a").first();
  await expect(first).toHaveAttribute("href", /^\/zh-Hant\/articles\//);
  await page.goto(`/zh-Hant/search?q=${encodeURIComponent("罚息")}`);
  await expect(page.getByTestId("search-results").locator("mark").first()).toHaveText("罰息");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toHaveAttribute("href", /^\/zh-Hant\/articles\//);
});

test("the share bar shares the Traditional address, and says so in Traditional", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const [article] = await publishedArticles();
  await page.goto(`/zh-Hant/articles/${article!.slug}`);
  const bar = page.getByTestId("share-bar");
  await bar.getByRole("button", { name: toTraditional("复制链接") }).click();
  await expect(bar.getByRole("status")).toHaveText(toTraditional("链接已复制，可以粘贴到微信里发送。"));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:3000/zh-Hant/articles/${article!.slug}`);
  await expect(page.getByTestId("share-url")).toHaveAttribute("href", `http://localhost:3000/zh-Hant/articles/${article!.slug}`);
});
