import { expect, test } from "@playwright/test";
import { toTraditional } from "../../lib/script/convert";
import { READER_TOOLS } from "../../lib/tools/reader-tools";
import { publishedArticles, publishedSituations } from "./site-content";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page opens with the situations, each one tap from the section that answers it", async ({ page }) => {
    const situations = await publishedSituations();
    expect(situations.length).toBeGreaterThanOrEqual(6);
    expect(situations.length).toBeLessThanOrEqual(8);
    await page.goto("/");
    const list = page.getByTestId("situations");
    await expect(list.getByRole("heading", { level: 2 })).toHaveText("你现在遇到的是哪种情况？");
    // The situations come before the tools and the article list.
    const [situationsTop, listTop] = await Promise.all([list.boundingBox(), page.getByTestId("article-list").boundingBox()]);
    expect(situationsTop!.y).toBeLessThan(listTop!.y);
    const links = list.getByRole("link");
    await expect(links).toHaveCount(situations.length);
    for (const [index, situation] of situations.entries()) {
      await expect(links.nth(index)).toHaveAttribute("href", situation.target);
      await expect(links.nth(index)).toContainText(situation.label);
    }
    for (const situation of situations) {
      await page.goto("/");
      await list.getByRole("link", { name: new RegExp(`^${situation.label}`) }).click();
      await expect(page).toHaveURL(new RegExp(`${situation.target.replace(/#.*/, "")}#`));
      const id = decodeURIComponent(situation.target.split("#")[1]!);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
  });

  test("the Traditional home page has the same situations in Traditional, leading to Traditional pages", async ({ page }) => {
    const situations = await publishedSituations();
    await page.goto("/zh-Hant");
    const list = page.getByTestId("situations");
    await expect(list.getByRole("heading", { level: 2 })).toHaveText("你現在遇到的是哪種情況？");
    for (const [index, situation] of situations.entries()) {
      const link = list.getByRole("link").nth(index);
      await expect(link).toHaveAttribute("href", `/zh-Hant${situation.target}`);
      await expect(link).toContainText(toTraditional(situation.label));
    }
  });

  test("the three reader tools are linked from every page's header and from the home page", async ({ page }) => {
    const [article] = await publishedArticles();
    for (const route of ["/", `/articles/${article!.slug}`, "/search?q=%E7%BD%9A%E6%81%AF"]) {
      await page.goto(route);
      const nav = page.getByRole("navigation", { name: "网站导航" });
      for (const tool of READER_TOOLS)
        await expect(nav.getByRole("link", { name: tool.shortName }), route).toHaveAttribute("href", tool.path);
    }
    await page.goto("/");
    const tools = page.getByTestId("tool-list");
    for (const tool of READER_TOOLS) {
      await expect(tools.getByRole("link", { name: tool.title })).toHaveAttribute("href", tool.path);
    }
    await tools.getByRole("link", { name: READER_TOOLS[0]!.title }).click();
    await expect(page.locator("h1")).toHaveText(READER_TOOLS[0]!.title);
  });

  /** Questions as readers type them; the full list of 40+ is in tests/unit/search-questions.test.ts. */
  const QUESTIONS = [
    ["借呗逾期会坐牢吗", "/articles/is-overdue-a-crime#definition"],
    ["收到法院短信怎么办", "/articles/court-papers-and-lawsuits#process"],
    [
      "催收说要上门",
      "/articles/collection-family-employer-visits#%E4%B8%8A%E9%97%A8%E5%82%AC%E6%94%B6%E5%A4%96%E8%AE%BF%E6%80%8E%E4%B9%88%E5%8A%9E",
    ],
    ["會不會凍結我的銀行卡", "/articles/deducted-or-frozen-accounts#definition"],
    [
      "同时欠好几个平台先还哪个",
      "/articles/cannot-repay-several-debts#%E5%90%8C%E6%97%B6%E6%AC%A0%E5%A5%BD%E5%87%A0%E5%AE%B6%E5%85%88%E8%BF%98%E5%93%AA%E4%B8%80%E5%AE%B6",
    ],
    ["借呗能停息挂账吗", "/articles/debt-relief-terms-explained#definition"],
  ] as const;

  for (const [question, answer] of QUESTIONS) {
    test(`asking “${question}” in the search box finds ${decodeURIComponent(answer)} among the first three`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("searchbox", { name: "搜索文章" }).fill(question);
      await page.getByRole("searchbox", { name: "搜索文章" }).press("Enter");
      // Without JavaScript, Enter submits the form: wait for the results page before reading its links.
      await expect(page).toHaveURL(/\/search\?q=/);
      const links = page.getByTestId("search-results").getByRole("heading").getByRole("link");
      await expect(links.first()).toBeVisible();
      const hrefs = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")))).slice(0, 3);
      expect(hrefs.map((href) => decodeURIComponent(href ?? ""))).toContain(decodeURIComponent(answer));
      await links.nth(hrefs.map((href) => decodeURIComponent(href ?? "")).indexOf(decodeURIComponent(answer))).click();
      await expect(page.locator(`[id="${decodeURIComponent(answer.split("#")[1]!)}"]`)).toBeInViewport();
    });
  }
});
