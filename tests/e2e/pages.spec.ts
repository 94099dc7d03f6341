import { expect, test } from "@playwright/test";
import { allRoutes, ODD_URLS, publishedArticles } from "./site-content";

test("the home page lists every published article, newest first", async ({ page }) => {
  const articles = await publishedArticles();
  expect(articles.length).toBeGreaterThanOrEqual(14);
  await page.goto("/");
  const links = page.getByTestId("article-list").locator("h3 a");
  await expect(links).toHaveText(articles.map((article) => article.title));
  for (const [index, article] of articles.entries()) {
    await expect(links.nth(index)).toHaveAttribute("href", `/articles/${article.slug}`);
  }
});

test("every article shows its typed sections with anchors, and the contents links reach them", async ({ page }) => {
  for (const article of await publishedArticles()) {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator("h1")).toHaveText(article.title);
    for (const section of article.sections) {
      const heading = page.locator(`[id="${section.id}"]`);
      await expect(heading).toHaveText(section.title);
      await expect(page.locator(`section[data-kind="${section.kind}"]`).filter({ has: heading })).toHaveCount(1);
    }
    const contents = page.getByRole("navigation", { name: "本文目录" }).getByRole("link");
    await expect(contents).toHaveCount(article.sections.length);
    for (const section of article.sections.toReversed()) {
      await contents.filter({ hasText: section.title }).click();
      await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(section.id)}$`));
      await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
    }
  }
});

test("a shared link to a section lands on that section", async ({ page }) => {
  const [article] = await publishedArticles();
  const last = article!.sections.at(-1)!;
  await page.goto(`/articles/${article!.slug}#${last.id}`);
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
});

test("the guide renders each kind with its own component", async ({ page }) => {
  await page.goto("/articles/jiebei-overdue-guide");
  await expect(page.locator('section[data-kind="definition"]')).toContainText("是什么");
  await expect(page.locator('section[data-kind="consequences"] li h3').first()).toBeVisible();
  await expect(page.locator('section[data-kind="process"] ol > li')).not.toHaveCount(0);
  await expect(page.locator('section[data-kind="negotiation"] li h3').first()).toBeVisible();
  await expect(page.locator('section[data-kind="prevention"] li h3').first()).toBeVisible();
  await expect(page.locator('section[data-kind="general"]')).not.toHaveCount(0);
});

test("every page has the takedown footer with the independence statement", async ({ page }) => {
  for (const route of await allRoutes()) {
    await page.goto(route);
    const footer = page.getByTestId("site-footer");
    await expect(footer, route).toContainText("与支付宝、蚂蚁集团及其关联公司没有任何隶属");
    await expect(footer.getByRole("link", { name: "举报与纠错" }), route).toHaveAttribute("href", "/takedown");
    // The report address is the placeholder in tests: marked as such, and not a link anyone could write to.
    await expect(footer.getByTestId("report-email"), route).toContainText("report@example.com示例/占位");
    await expect(footer.locator('a[href^="mailto:"]'), route).toHaveCount(0);
  }
});

test("every article's contact block leads with the app and 95188, and keeps the site's own line a placeholder", async ({ page }) => {
  for (const article of await publishedArticles()) {
    await page.goto(`/articles/${article.slug}`);
    const block = page.getByTestId("contact-block");
    await expect(block.getByRole("heading")).toHaveText("怎样联系借呗官方客服");
    await expect(block.getByTestId("contact-app-path")).toContainText("支付宝 App → 我的 → 客服");
    await expect(block.getByTestId("contact-official-phone")).toContainText("95188");
    await expect(block.getByTestId("contact-official-phone")).toContainText("拨打前请先在支付宝 App 里核对这个号码");
    await expect(block).toContainText("只使用支付宝 App 内公布的官方渠道");
    // The deployer's line comes last, apart, and says it is not the lender and not a real number yet.
    const siteLine = block.getByTestId("contact-site-line");
    await expect(siteLine).toContainText("本站电话");
    await expect(siteLine).toContainText("不能查询或办理借款");
    await expect(siteLine).toContainText("000-0000-0000示例/占位");
    await expect(siteLine).toContainText("请不要拨打");
    // The official number is never shown as the placeholder's, nor the placeholder as official.
    await expect(block.getByTestId("contact-official-phone")).not.toContainText("000-0000-0000");
  }
});

test("articles that state rules list their sources and the day they were checked", async ({ page }) => {
  for (const article of (await publishedArticles()).filter((candidate) => candidate.sources.length > 0)) {
    await page.goto(`/articles/${article.slug}`);
    const sources = page.getByTestId("article-sources");
    await expect(sources.getByRole("heading", { name: "依据" })).toBeVisible();
    await expect(sources.getByRole("listitem")).toHaveText(article.sources.map((source) => source.title));
    for (const source of article.sources.filter((candidate) => candidate.url)) {
      await expect(sources.getByRole("link", { name: source.title })).toHaveAttribute("href", source.url!);
    }
    if (article.reviewed) await expect(page.getByTestId("article-meta")).toContainText("内容核对于");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
      "@graph": { "@type": string; citation?: { name: string }[] }[];
    };
    const citation = jsonLd["@graph"].find((node) => node["@type"] === "Article")?.citation;
    expect(
      citation?.map((entry) => entry.name),
      article.slug,
    ).toEqual(article.sources.map((source) => source.title));
  }
});

test("the takedown page has the report form, the e-mail alternative and what happens next", async ({ page }) => {
  await page.goto("/takedown");
  await expect(page.locator("h1")).toHaveText("举报与纠错");
  await expect(page.locator("form#report-form")).toHaveAttribute("method", "post");
  for (const heading of ["在线提交", "也可以发邮件", "之后会发生什么"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.locator("main")).toContainText("网站部署者还没有设置举报邮箱");
  await expect(page.locator("main").getByTestId("report-email")).toContainText("示例/占位");
});

for (const url of ODD_URLS) {
  test(`${url.slice(0, 60)} answers 404 with the Chinese not-found page`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("找不到这个页面");
    await expect(page.getByRole("link", { name: "回到首页，查看全部文章" })).toHaveAttribute("href", "/");
  });
}

test("articles read completely without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  await expect(page.locator("h1")).toHaveText(article!.title);
  await expect(page.locator("section[data-kind]")).toHaveCount(article!.sections.length);
  await context.close();
});

test("an old URL (alias) answers with a permanent redirect to the article", async ({ request, page }) => {
  const renamed = (await publishedArticles()).find((article) => article.aliases.length > 0);
  expect(renamed, "some article declares aliases").toBeDefined();
  const response = await request.get(`/articles/${renamed!.aliases[0]}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe(`/articles/${renamed!.slug}`);
  await page.goto(`/articles/${renamed!.aliases[0]}#${renamed!.sections[0]!.id}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${renamed!.slug}#${renamed!.sections[0]!.id}$`));
});

test("the list pages stay small: the home page shows at most one page of articles", async ({ page }) => {
  await page.goto("/");
  expect(await page.getByTestId("article-list").locator("li h3").count()).toBeLessThanOrEqual(20);
});

test("articles show when they were last updated and how long they take to read", async ({ page }) => {
  const [article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  const meta = page.getByTestId("article-meta");
  await expect(meta).toContainText("最后更新");
  await expect(meta).toContainText(/约 \d+ 分钟读完/);
});

test("pages download nothing the reader did not ask for: no prefetched pages, and links are plain page loads", async ({ page }) => {
  const payloadRequests: string[] = [];
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("_rsc=") || request.headers()["rsc"] !== undefined) payloadRequests.push(request.url());
    if (request.resourceType() === "document") documents.push(new URL(request.url()).pathname);
  });
  await page.goto("/");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  expect(payloadRequests).toEqual([]);
  const [first] = await publishedArticles();
  await page.getByTestId("article-list").getByRole("link", { name: first!.title }).click();
  await expect(page.locator("h1")).toHaveText(first!.title);
  // The article came as a prerendered page, not as a React payload for a client-side render.
  expect(documents).toEqual(["/", `/articles/${first!.slug}`]);
  expect(payloadRequests).toEqual([]);
});
