import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { toTraditional } from "../../lib/script/convert";
import { publishedArticles } from "./site-content";

/** The database the Playwright server writes to (playwright.config.ts). */
function storedReport(reference: string) {
  const db = new Database(process.env.E2E_REPORTS_DB!, { readonly: true });
  try {
    return db.prepare("SELECT * FROM reports WHERE reference = ?").get(reference) as Record<string, string> | undefined;
  } finally {
    db.close();
  }
}

function feedbackRows(article: string, comment: string) {
  const db = new Database(process.env.E2E_REPORTS_DB!, { readonly: true });
  try {
    return db.prepare("SELECT article, helpful, comment FROM feedback WHERE article = ? AND comment = ?").all(article, comment);
  } finally {
    db.close();
  }
}

async function fillValidReport(page: Page, description: string) {
  await page.getByLabel("涉及的页面").fill("/articles/overdue-consequences");
  await page.getByLabel("事实错误").check();
  await page.getByLabel("问题说明").fill(description);
  await page.getByLabel("你的联系方式").fill("reader@example.com");
  await page.getByLabel(/我确认以上信息真实/).check();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the report form shows each refusal next to its field, keeps the input, then gives a reference number", async ({ page }) => {
    await page.goto("/takedown");
    const hostile = "<img src=x onerror=\"document.title='pwned'\">罚息写错了";
    await page.getByLabel("问题说明").fill(hostile);
    await page.getByLabel("你的联系方式").fill("not a contact");
    await page.getByRole("button", { name: "提交举报" }).click();

    await expect(page).toHaveURL(/\/takedown\?draft=/);
    await expect(page.getByRole("alert")).toHaveText("有 4 项需要改一下，请看每一项下面的说明。");
    await expect(page.locator("#page-message")).toContainText("请填写涉及的页面网址");
    await expect(page.locator("#kind-message")).toHaveText("请选择问题的类型");
    await expect(page.locator("#description-message")).toBeEmpty();
    await expect(page.locator("#contact-message")).toContainText("请填写有效的邮箱");
    await expect(page.locator("#goodFaith-message")).toContainText("请勾选这一项");
    await expect(page.getByLabel("问题说明")).toHaveValue(hostile);
    await expect(page.getByLabel("你的联系方式")).toHaveValue("not a contact");
    await expect(page.getByLabel("你的联系方式")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("img[src=x]")).toHaveCount(0);

    const description = `第一节写罚息是两倍，合同上是 1.5 倍，请核实。${Date.now()}`;
    await fillValidReport(page, description);
    await page.getByRole("button", { name: "提交举报" }).click();
    await expect(page).toHaveURL(/\/takedown\/received\?ref=TD-/);
    const reference = (await page.getByTestId("report-reference").textContent())!.trim();
    expect(reference).toMatch(/^TD-[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(storedReport(reference)).toMatchObject({
      page: "/articles/overdue-consequences",
      kind: "factual-error",
      description,
      contact: "reader@example.com",
      status: "open",
    });
    // The confirmation shows the number, never what was written or who wrote it.
    await expect(page.locator("main")).not.toContainText("reader@example.com");
    await expect(page.locator("main")).not.toContainText(description);
  });

  test("an unknown or malformed reference says so, and shows nothing else", async ({ page }) => {
    for (const ref of ["TD-AAAAAAAAAAAA", "<script>"]) {
      await page.goto(`/takedown/received?ref=${encodeURIComponent(ref)}`);
      await expect(page.locator("h1")).toHaveText("没有找到这个举报编号");
      await expect(page.getByTestId("report-reference")).toHaveCount(0);
    }
  });

  test("the helpful widget posts and thanks on a page of its own", async ({ page }) => {
    const [article] = await publishedArticles();
    await page.goto(`/articles/${article!.slug}`);
    const widget = page.getByTestId("helpful-widget");
    const comment = `例子很清楚 ${Date.now()}`;
    await widget.getByLabel(/想补充几句吗/).fill(comment);
    await widget.getByRole("button", { name: "没帮助" }).click();
    await expect(page.locator("h1")).toHaveText("谢谢你的反馈");
    await page.getByRole("link", { name: `回到《${article!.title}》` }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article!.slug}$`));
    expect(feedbackRows(article!.slug, comment)).toEqual([{ article: article!.slug, helpful: 0, comment }]);
  });
});

test("with JavaScript the report form refuses in place, then goes on to the reference number", async ({ page }) => {
  await page.goto("/takedown");
  await page.getByLabel("问题说明").fill("太短");
  await page.getByRole("button", { name: "提交举报" }).click();
  await expect(page.locator("#description-message")).toContainText("说明太短了");
  await expect(page.locator("[data-form-summary]")).toHaveText("有 5 项需要改一下，请看每一项下面的说明。");
  // No reload: still the plain address, and the first refused field has the focus.
  await expect(page).toHaveURL(/\/takedown$/);
  await expect(page.getByLabel("涉及的页面")).toBeFocused();

  const description = `第二节的征信说明有误，应以征信中心为准。${Date.now()}`;
  await fillValidReport(page, description);
  await page.getByRole("button", { name: "提交举报" }).click();
  await expect(page).toHaveURL(/\/takedown\/received\?ref=TD-/);
  const reference = (await page.getByTestId("report-reference").textContent())!.trim();
  expect(storedReport(reference)).toMatchObject({ description, kind: "factual-error" });
});

test("an article's 报告错误 link opens the form with the article filled in", async ({ page }) => {
  const [article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  await page.getByTestId("helpful-widget").getByRole("link", { name: "报告错误" }).click();
  await expect(page).toHaveURL(/\/takedown\?/);
  await expect(page.getByLabel("涉及的页面")).toHaveValue(`/articles/${article!.slug}`);
  await expect(page.getByLabel("事实错误")).toBeChecked();
});

test("each section's report link opens the form with the article and that section filled in, in the page's script", async ({ page }) => {
  const article = (await publishedArticles()).find((a) => a.slug === "jiebei-overdue-guide")!;
  const section = article.sections[1]!;
  for (const prefix of ["", "/zh-Hant"]) {
    await page.goto(`${prefix}/articles/${article.slug}`);
    await page
      .locator(`section[aria-labelledby="${section.id}"]`)
      .getByRole("link", { name: new RegExp(`${prefix ? "告訴我們" : "告诉我们"}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`^[^?]*${prefix}/takedown\\?`));
    await expect(page.locator("#page")).toHaveValue(`/articles/${article.slug}`);
    await expect(page.locator("#section")).toHaveValue(section.id);
  }
});

test("with JavaScript the helpful widget thanks in place and the answer is stored", async ({ page }) => {
  const [, article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  const widget = page.getByTestId("helpful-widget");
  const comment = `步骤写得很清楚 ${Date.now()}`;
  await widget.getByLabel(/想补充几句吗/).fill(comment);
  await widget.getByRole("button", { name: "有帮助" }).click();
  await expect(widget.getByRole("status")).toHaveText("谢谢你的反馈！");
  await expect(page).toHaveURL(new RegExp(`/articles/${article!.slug}$`));
  await expect.poll(() => feedbackRows(article!.slug, comment)).toEqual([{ article: article!.slug, helpful: 1, comment }]);
});

test("on Traditional pages the form answers in Traditional and posts from /zh-Hant", async ({ page }) => {
  await page.goto("/zh-Hant/takedown");
  await page.getByRole("button", { name: toTraditional("提交举报") }).click();
  await expect(page.locator("#kind-message")).toHaveText(toTraditional("请选择问题的类型"));
  await expect(page.locator("form#report-form")).toHaveAttribute("action", "/zh-Hant/takedown/report");
});
