import { expect, test, type Page } from "@playwright/test";
import { NEGOTIATION_CHECKLIST } from "../../lib/tools/negotiation-checklist";

/** Sheets of A4 the page prints on (Chromium's PDF has one `/Type /Page` object per sheet). */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
}

test("the negotiation checklist can be ticked without JavaScript and prints on one A4 page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tools/negotiation-checklist");
  await expect(page).toHaveTitle(/和官方客服协商前的准备清单/);
  const boxes = page.getByRole("checkbox");
  await expect(boxes).toHaveCount(NEGOTIATION_CHECKLIST.reduce((count, group) => count + group.items.length, 0));
  for (const group of NEGOTIATION_CHECKLIST) {
    await expect(page.getByRole("region", { name: group.title })).toBeVisible();
  }
  const first = page.getByRole("checkbox", { name: NEGOTIATION_CHECKLIST[0]!.items[0]! });
  await first.check();
  await expect(first).toBeChecked();
  await page.getByText(NEGOTIATION_CHECKLIST[3]!.items[1]!).click();
  await expect(page.getByRole("checkbox", { name: NEGOTIATION_CHECKLIST[3]!.items[1]! })).toBeChecked();
  await context.close();

  const printing = await browser.newPage();
  await printing.goto("/tools/negotiation-checklist");
  await printing.emulateMedia({ media: "print" });
  expect(await printedPages(printing)).toBe(1);
  // The page count is real: a long article takes several sheets.
  await printing.goto("/articles/what-to-do-after-overdue");
  expect(await printedPages(printing)).toBeGreaterThan(1);
  await printing.close();
});

test.describe("the overdue-cost estimate", () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`works ${javaScriptEnabled ? "with" : "without"} JavaScript: result, formula and field errors`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/tools/overdue-cost");
      await page.getByLabel("逾期本金").fill("1000");
      await page.getByLabel("日利率").fill("0.03");
      await page.getByLabel("逾期天数").fill("30");
      const result = page.getByTestId("overdue-cost-result");
      // With JavaScript the estimate follows the typing; without, it waits for the submit.
      await expect(result).toHaveCount(javaScriptEnabled ? 1 : 0);
      if (javaScriptEnabled) {
        await expect(result).toContainText("13.50 元");
        await page.getByLabel("逾期天数").fill("10");
        await expect(result).toContainText("4.50 元");
        await page.getByLabel("逾期天数").fill("x");
        await expect(result).toHaveCount(0);
        await page.getByLabel("逾期天数").fill("30");
      }
      await page.getByRole("button", { name: "估算罚息" }).click();
      await expect(result).toContainText("13.50 元");
      await expect(result).toContainText("1,013.50 元");
      await expect(result).toContainText("1,000.00 元 × 0.045%");
      await expect(result).toContainText("以支付宝 App 里 借呗 页面显示的为准");
      await expect(page.getByLabel("逾期本金")).toHaveValue("1000");

      await page.getByLabel("逾期本金").fill("-5");
      await page.getByLabel("日利率").fill("abc");
      await page.getByLabel("逾期天数").fill("１２");
      await page.getByRole("button", { name: "估算罚息" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "需要改一下" })).toContainText("有 2 项需要改一下");
      await expect(page.getByLabel("逾期本金")).toHaveValue("-5");
      await expect(page.getByLabel("逾期本金")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("日利率")).toHaveValue("abc");
      await expect(page.locator("#rate-message")).toContainText("日利率请只填数字");
      await expect(page.getByTestId("overdue-cost-result")).toHaveCount(0);
      await context.close();
    });
  }

  test("full-width digits are accepted with a note, and absurd input gets a message, never a 500", async ({ page, request }) => {
    await page.goto("/tools/overdue-cost?amount=%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%90&rate=0.03&days=10");
    await expect(page.getByTestId("overdue-cost-result")).toContainText("4.50 元");
    await expect(page.locator("#amount-message")).toContainText("全角数字已换成半角");
    for (const query of [
      "amount=1e308&rate=0.03&days=1",
      "amount=1000&rate=10.95&days=1",
      "amount=&rate=&days=",
      "amount=1&amount=2&rate=0.03&days=1",
      `amount=${"9".repeat(5000)}&rate=0.03&days=1`,
    ]) {
      const response = await request.get(`/tools/overdue-cost?${query}`);
      expect(response.status(), query).toBe(200);
      expect(await response.text(), query).toContain("需要改一下");
    }
  });

  test("is offered inside the consequences section of an article", async ({ page }) => {
    await page.goto("/articles/overdue-consequences");
    const tool = page.getByTestId("overdue-cost-tool");
    await tool.getByLabel("逾期本金").fill("2000");
    await tool.getByLabel("日利率").fill("0.05");
    await tool.getByLabel("逾期天数").fill("7");
    await tool.getByRole("button", { name: "估算罚息" }).click();
    await expect(page).toHaveURL(/\/tools\/overdue-cost\?amount=2000&rate=0.05&days=7$/);
    await expect(page.getByTestId("overdue-cost-result")).toContainText("10.50 元");
  });
});

test.describe("the repayment reminder", () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`offers an .ics file ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto("/tools/reminder");
      await page.getByLabel("每月还款日").fill("40");
      await page.getByRole("button", { name: "生成提醒" }).click();
      await expect(page.locator("#day-message")).toContainText("1 到 31");
      await expect(page.getByLabel("每月还款日")).toHaveValue("40");
      await page.getByLabel("每月还款日").fill("31");
      await page.getByLabel("每期金额").fill("520.5");
      await page.getByLabel("提醒几个月").fill("6");
      await page.getByRole("button", { name: "生成提醒" }).click();
      const result = page.getByTestId("reminder-result");
      await expect(result.getByRole("listitem")).toHaveCount(6);
      const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("link", { name: /下载日历文件/ }).click()]);
      expect(download.suggestedFilename()).toBe("jiebei-repayment-reminder.ics");
      const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
      expect(text).toContain("BEGIN:VCALENDAR");
      expect(text).toContain("BYMONTHDAY=-1");
      expect(text).toContain("520.50");
      await context.close();
    });
  }

  test("the calendar route refuses invalid fields with 400 and the form's messages", async ({ request }) => {
    const bad = await request.get("/tools/reminder/calendar.ics?day=0");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("1 到 31");
    const good = await request.get("/tools/reminder/calendar.ics?day=15&months=3");
    expect(good.status()).toBe(200);
    expect(good.headers()["content-type"]).toContain("text/calendar");
    expect((await good.text()).match(/BEGIN:VALARM/g)).toHaveLength(2);
  });
});
