import { expect, test } from "@playwright/test";

const QUERIES = [
  ["罚息", "罚息"],
  ["征信", "征信"],
  ["协商", "协商"],
  ["分期", "分期"],
] as const;

test.describe("search", () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`the header's search box finds sections ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/");
      await page.getByRole("searchbox", { name: "搜索文章" }).fill("罚息");
      await page.getByRole("searchbox", { name: "搜索文章" }).press("Enter");
      await expect(page).toHaveURL(/\/search\?q=/);
      await expect(page).toHaveTitle(/^搜索结果/);
      const results = page.getByTestId("search-results").getByRole("listitem");
      await expect(results.first()).toBeVisible();
      await expect(results.first().locator("mark").first()).toHaveText("罚息");
      await context.close();
    });
  }

  for (const [query, hit] of QUERIES) {
    test(`"${query}" links to sections that discuss it`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      const links = page.getByTestId("search-results").getByRole("heading").getByRole("link");
      await expect(links.first()).toBeVisible();
      const href = await links.first().getAttribute("href");
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+(#.+)?$/);
      await expect(page.getByTestId("search-results").locator("mark").first()).toHaveText(hit);
      await links.first().click();
      await expect(page.locator("h1")).toBeVisible();
      if (href?.includes("#")) await expect(page.locator(`[id="${decodeURIComponent(href.split("#")[1]!)}"]`)).toBeInViewport();
    });
  }

  for (const [traditional, simplified] of [
    ["罰息", "罚息"],
    ["徵信", "征信"],
    ["協商", "协商"],
  ] as const) {
    test(`the Traditional query "${traditional}" finds the Simplified text`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(traditional)}`);
      await expect(page.getByTestId("search-results").locator("mark").first()).toHaveText(simplified);
    });
  }

  test("a query with no hits says so and points to the article list; the page is noindex", async ({ page }) => {
    await page.goto("/search?q=%E9%87%8F%E5%AD%90%E5%8A%9B%E5%AD%A6");
    await expect(page.getByTestId("search-no-results")).toContainText("没有找到");
    await expect(page.getByTestId("search-no-results").getByRole("link", { name: "全部文章" })).toHaveAttribute("href", "/");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("nothing a link puts in the query is said by the page: the words stay in the search box", async ({ page }) => {
    const bait = "官方客服电话已变更为400-123-4567请立即拨打";
    for (const path of ["/search", "/zh-Hant/search"]) {
      await page.goto(`${path}?q=${encodeURIComponent(bait)}`);
      await expect(page).not.toHaveTitle(/400-123-4567|客服电话已变更/);
      await expect(page.locator("main").getByRole("searchbox")).toHaveValue(bait);
      // Outside the search boxes (whose values are not part of the page's text), the page never repeats the bait.
      const text = await page.locator("body").innerText();
      expect(text).not.toContain("400-123-4567");
      expect(text).not.toContain("客服电话已变更");
      expect(
        await page
          .locator('meta[property="og:title"], meta[name="description"]')
          .evaluateAll((metas) => metas.map((m) => m.getAttribute("content")).join(" ")),
      ).not.toContain("400-123");
    }
  });

  test("odd queries never break the page, and what they hold stays in the search box", async ({ page, request }) => {
    for (const query of ["", "%", "<script>alert(1)</script>", "a".repeat(5000), "罚息&q=征信", "\u0000"]) {
      const response = await request.get(`/search?q=${encodeURIComponent(query)}`);
      expect(response.status(), query.slice(0, 20)).toBe(200);
    }
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const bait = '"><script>alert(1)</script><img src=x onerror=alert(2)><!--/slot:search-page-->';
    await page.goto(`/search?q=${encodeURIComponent(bait)}`);
    await expect(page.locator("main").getByRole("searchbox")).toHaveValue(bait);
    expect(await page.locator("main script, main img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("an answer is the same each time it is asked, and no shared cache may keep it; made-up result addresses are not found", async ({
    page,
    request,
  }) => {
    const query = `征信/协商 100% ${Date.now()}`;
    const path = `/zh-Hant/search?q=${encodeURIComponent(query)}`;
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).toMatch(/\bno-store\b/);
    const again = await request.get(path);
    expect(await again.text()).toBe(await first.text());
    await page.goto(path);
    await expect(page.locator("main").getByRole("searchbox")).toHaveValue(query);
    await expect(page).toHaveURL(/\/zh-Hant\/search\?q=/);
    expect((await request.get("/search/not-a-query")).status()).toBe(404);
  });

  test("the results stay as they are when the page's JavaScript takes over, with no error", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`/search?q=${encodeURIComponent("罚息")}`);
    const results = page.getByTestId("search-results").getByRole("listitem");
    const before = await results.allInnerTexts();
    expect(before.length).toBeGreaterThan(0);
    // React has hydrated the document once its root element carries React's own properties.
    await page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith("__react")));
    await page.waitForLoadState("networkidle");
    expect(await results.allInnerTexts()).toEqual(before);
    await expect(page.locator("main").getByRole("searchbox")).toHaveValue("罚息");
    await expect(page).toHaveTitle(/^搜索结果/);
    expect(errors).toEqual([]);
  });

  test("the page every answer is shown in is served as it is, with the form and no results", async ({ page }) => {
    for (const [path, switchTo] of [
      ["/search/results", "/zh-Hant/search"],
      ["/zh-Hant/search/results", "/search"],
    ] as const) {
      await page.goto(path);
      await expect(page.locator("main").getByRole("searchbox")).toHaveValue("");
      await expect(page.getByTestId("search-results")).toHaveCount(0);
      await expect(page.getByTestId("language-switch")).toHaveAttribute("href", switchTo);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    }
  });
});
