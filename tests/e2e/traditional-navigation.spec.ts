import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { toTraditional } from "../../lib/script/convert";
import { KNOWN_WRONG_FORMS } from "../../lib/script/phrases";
import { EXPECTED_SECURITY_HEADERS } from "./expected-headers";
import { htmlErrors } from "./html-checker";
import { publishedArticles } from "./site-content";

const TRADITIONAL_MISSING = [
  "/zh-Hant/no-such-page",
  "/zh-Hant/articles/no-such-slug",
  "/zh-Hant/articles/no-such-slug/and/deeper",
  "/zh-Hant/page/1",
  "/zh-Hant/articles/%ZZ",
];
const SIMPLIFIED_MISSING = [
  "/no-such-page",
  "/articles/no-such-slug",
  "/zh-Hans/no-such-page",
  "/zh-Hantx/page",
  "/_next/no-such-file",
  // A script's name in other letter case is no script (Next's rewrites would let it through).
  "/zh-hant/articles/jiebei-overdue-guide",
  "/ZH-HANS/search?q=%E7%BD%9A%E6%81%AF",
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of TRADITIONAL_MISSING) {
    test(`${path} answers 404 with the not-found page in Traditional`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
      await expect(page).toHaveTitle("頁面不存在 · 借唄逾期指南");
      await expect(page.locator("h1")).toHaveText("找不到這個頁面");
      await expect(page.getByRole("link", { name: "回到首頁，查看全部文章" })).toHaveAttribute("href", "/zh-Hant");
      await expect(page.getByRole("navigation", { name: "網站導航" }).getByRole("link", { name: "舉報與糾錯" })).toHaveAttribute(
        "href",
        "/zh-Hant/takedown",
      );
    });
  }

  for (const path of SIMPLIFIED_MISSING) {
    test(`${path} answers 404 with the not-found page in Simplified`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page).toHaveTitle("页面不存在 · 借呗逾期指南");
      await expect(page.getByRole("link", { name: "回到首页，查看全部文章" })).toHaveAttribute("href", "/");
    });
  }

  test("the section switch takes a reader from a shared section link to the same section in the other script and back", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const article of await publishedArticles()) {
      const section = article.sections.at(-1)!;
      await page.goto(`/articles/${article.slug}#${section.id}`);
      await page.locator(`section[aria-labelledby="${section.id}"]`).getByRole("link", { name: "繁體版" }).click();
      await expect(page).toHaveURL(new RegExp(`/zh-Hant/articles/${article.slug}#${encodeURIComponent(section.id)}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
      await expect(page.locator(`[id="${section.id}"]`)).toHaveText(toTraditional(section.title));
      await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();

      await page.locator(`section[aria-labelledby="${section.id}"]`).getByRole("link", { name: "简体版" }).click();
      await expect(page).toHaveURL(new RegExp(`^[^#]*//[^/]+/articles/${article.slug}#${encodeURIComponent(section.id)}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
    }
  });

  test("the header's search form searches in the page's script", async ({ page }) => {
    await page.goto("/zh-Hant");
    const form = page.getByRole("search", { name: "站內搜索" });
    await form.getByRole("searchbox").fill("罰息");
    await form.getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/\/zh-Hant\/search\?q=/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await expect(page.getByTestId("search-results").locator("mark").first()).toHaveText("罰息");
  });
});

test("a Traditional 404 carries the security headers, and a client cannot pick the script of a Simplified one", async ({ request }) => {
  const response = await request.get("/zh-Hant/no-such-page");
  expect(response.status()).toBe(404);
  expect(response.headers()).toMatchObject(EXPECTED_SECURITY_HEADERS);
  const spoofed = await request.get("/no-such-page", { headers: { "x-site-script": "zh-Hant" } });
  expect(spoofed.status()).toBe(404);
  expect(await spoofed.text()).toContain('<html lang="zh-CN">');
});

test("every section links to itself in the other script, named in the page's script", async ({ page }) => {
  for (const article of await publishedArticles()) {
    await page.goto(`/articles/${article.slug}`);
    for (const section of article.sections) {
      const link = page.locator(`section[aria-labelledby="${section.id}"]`).getByTestId("section-script-switch");
      await expect(link).toHaveAttribute("href", `/zh-Hant/articles/${article.slug}#${section.id}`);
      await expect(link).toHaveAttribute("hreflang", "zh-Hant");
      await expect(link).toHaveAccessibleName(new RegExp(`^“${escapeRegExp(section.title)}”这一节的 ?繁體版$`));
      await expect(link.locator("[lang]")).toHaveAttribute("lang", "zh-Hant");
    }
    await page.goto(`/zh-Hant/articles/${article.slug}`);
    for (const section of article.sections) {
      const link = page.locator(`section[aria-labelledby="${section.id}"]`).getByTestId("section-script-switch");
      await expect(link).toHaveAttribute("href", `/articles/${article.slug}#${section.id}`);
      await expect(link).toHaveAttribute("hreflang", "zh-CN");
      await expect(link).toHaveAccessibleName(new RegExp(`^“${escapeRegExp(toTraditional(section.title))}”這一節的 ?简体版$`));
      await expect(link.locator("[lang]")).toHaveAttribute("lang", "zh-CN");
    }
  }
});

test("hovering a section's heading row shows its switch", async ({ page }) => {
  const [article] = await publishedArticles();
  const section = article!.sections[0]!;
  await page.goto(`/articles/${article!.slug}`);
  const selector = `section[aria-labelledby="${section.id}"] [data-testid="section-script-switch"]`;
  expect(await widthOf(page, selector)).toBeLessThanOrEqual(1);
  await page.locator(`[id="${section.id}"]`).hover();
  expect(await widthOf(page, selector)).toBeGreaterThan(20);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The rendered width of an element: about 1 px while it is visually hidden. */
async function widthOf(page: Page, selector: string): Promise<number> {
  return (await page.locator(selector).boundingBox())?.width ?? 0;
}

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the section switch takes no room until its section is the target or it has focus, and never prints", async ({ page }) => {
    const article = (await publishedArticles()).find((a) => a.slug === "jiebei-overdue-guide")!;
    const [first, second] = article.sections;
    const switchOf = (id: string) => `section[aria-labelledby="${id}"] [data-testid="section-script-switch"]`;
    await page.goto(`/articles/${article.slug}`);
    expect(await widthOf(page, switchOf(first!.id))).toBeLessThanOrEqual(1);

    await page.goto(`/articles/${article.slug}#${second!.id}`);
    expect(await widthOf(page, switchOf(second!.id))).toBeGreaterThan(20);
    expect(await widthOf(page, switchOf(first!.id))).toBeLessThanOrEqual(1);

    await page.locator(switchOf(first!.id)).focus();
    expect(await widthOf(page, switchOf(first!.id))).toBeGreaterThan(20);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(switchOf(second!.id))).toBeHidden();
  });
});

const ARTICLES = await publishedArticles();
/** The Traditional pages checked here: home, every article, a search answer and the 404. */
const TRADITIONAL_ROUTES = [
  "/zh-Hant",
  ...ARTICLES.map((article) => `/zh-Hant/articles/${article.slug}`),
  "/zh-Hant/search?q=罰息",
  "/zh-Hant/no-such-page",
];
/** Each article opened at its last section, which shows that section's script switch. */
const TARGETED_SECTIONS = ARTICLES.map((article) => `/articles/${article.slug}#${article.sections.at(-1)!.id}`);

// One test per page and theme, so the checks spread over the workers and each page has its own time limit.
for (const route of [...TRADITIONAL_ROUTES, ...TARGETED_SECTIONS]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${route} passes axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(route);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}

test("Traditional pages and the Traditional 404 pass the HTML checker", async ({ request }) => {
  const pages = await Promise.all(TRADITIONAL_ROUTES.map(async (route) => ({ route, html: await (await request.get(route)).text() })));
  expect(htmlErrors(pages)).toEqual([]);
});

/**
 * Every piece of text a reader can meet on the page (text, the accessible names and hints in
 * attributes, the share bar's messages, the title, description and Open Graph text), except
 * what is marked as another language and the articles' own prose (`.prose`: converted as a
 * whole by articleToTraditional and checked in tests/unit/script-conversion.test.ts; converting
 * it a second time is not always a no-op, e.g. 合同里約定 → 合同裡約定).
 */
async function readerText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [document.title];
    const ATTRIBUTES = ["aria-label", "alt", "title", "placeholder", "data-copied-message", "data-copy-failed-message"];
    const metas = document.querySelectorAll(
      'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[property="og:site_name"]',
    );
    for (const meta of metas) found.push(meta.getAttribute("content") ?? "");
    const inOwnLanguage = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest("[lang]")?.getAttribute("lang") === "zh-Hant";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!inOwnLanguage(node) || node.parentElement?.closest("script, style, .prose")) continue;
      if (node instanceof Element) for (const name of ATTRIBUTES) found.push(node.getAttribute(name) ?? "");
      else found.push(node.textContent ?? "");
    }
    return found.filter((text) => /\p{Script=Han}/u.test(text));
  });
}

test("Traditional pages leave nothing in Simplified outside what is marked as Simplified, and no known-wrong conversion", async ({
  page,
}) => {
  const articles = await publishedArticles();
  const routes = [
    "/zh-Hant",
    ...articles.map((article) => `/zh-Hant/articles/${article.slug}`),
    "/zh-Hant/search",
    `/zh-Hant/search?q=${encodeURIComponent("罰息")}`,
    `/zh-Hant/search?q=${encodeURIComponent("銀行卡被凍結了")}`,
    `/zh-Hant/search?q=${encodeURIComponent("量子力學")}`,
    "/zh-Hant/takedown",
    "/zh-Hant/tools/overdue-cost?amount=1000&rate=0.03&days=30",
    "/zh-Hant/tools/overdue-cost?amount=-5&rate=abc&days=",
    "/zh-Hant/tools/reminder?day=31&amount=500&months=6",
    "/zh-Hant/tools/reminder?day=40",
    "/zh-Hant/tools/negotiation-checklist",
    "/zh-Hant/no-such-page",
  ];
  const simplified: string[] = [];
  const wrong: string[] = [];
  for (const route of routes) {
    await page.goto(route);
    for (const text of await readerText(page)) if (toTraditional(text) !== text) simplified.push(`${route}: ${text}`);
    const pageText = await page.locator("body").innerText();
    for (const form of KNOWN_WRONG_FORMS) if (pageText.includes(form)) wrong.push(`${route}: ${form}`);
  }
  expect(simplified).toEqual([]);
  expect(wrong).toEqual([]);
});
