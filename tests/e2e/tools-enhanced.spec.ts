import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { CHECKLIST_TICKS_KEY } from "../../lib/tools/checklist-ticks";
import { checklistItemId, NEGOTIATION_CHECKLIST } from "../../lib/tools/negotiation-checklist";
import { toTraditional } from "../../lib/script/convert";

const SCRIPTS = [
  { name: "Simplified", prefix: "", text: (simplified: string) => simplified },
  { name: "Traditional", prefix: "/zh-Hant", text: toTraditional },
] as const;

const [PREPARE, ASK, , WARNING] = NEGOTIATION_CHECKLIST;
const ID_CARD = PREPARE!.items[0]!;
const TOTAL_OWED = ASK!.items[0]!;
const SAFE_ACCOUNT = WARNING!.items[1]!;

/** What the checklist page has stored on this device, parsed; null when nothing is. */
async function storedTicks(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null") as unknown, CHECKLIST_TICKS_KEY);
}

/** Axe's violations on the page as it is now, light and dark. */
async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    found.push(...violations.map((v) => `${colorScheme} ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
  }
  return found;
}

test.describe("the negotiation checklist with JavaScript", () => {
  test("keeps the ticks on the device through a reload, in both scripts, and clears them", async ({ page }) => {
    await page.goto("/tools/negotiation-checklist");
    const clear = page.getByRole("button", { name: "清空勾选" });
    await expect(clear).toBeVisible();
    await expect(page.getByText("勾选只保存在这台设备上，不会上传。")).toBeVisible();

    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.getByRole("checkbox", { name: ID_CARD }).check();
    await page.getByText(SAFE_ACCOUNT).click();
    expect(requests, "ticking sends nothing").toEqual([]);
    expect(await storedTicks(page)).toEqual([checklistItemId("prepare", ID_CARD), checklistItemId("warning-signs", SAFE_ACCOUNT)].sort());

    await page.reload();
    await expect(clear).toBeVisible();
    await expect(page.getByRole("checkbox", { name: ID_CARD })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: SAFE_ACCOUNT })).toBeChecked();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(2);

    // The Traditional page shares the ticks: its ids come from the same Simplified text.
    await page.goto("/zh-Hant/tools/negotiation-checklist");
    const clearTraditional = page.getByRole("button", { name: toTraditional("清空勾选") });
    await expect(clearTraditional).toBeVisible();
    await expect(page.getByText(toTraditional("勾选只保存在这台设备上，不会上传。"))).toBeVisible();
    await expect(page.getByRole("checkbox", { name: toTraditional(ID_CARD) })).toBeChecked();
    await page.getByRole("checkbox", { name: toTraditional(SAFE_ACCOUNT) }).uncheck();
    await page.getByRole("checkbox", { name: toTraditional(TOTAL_OWED) }).check();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: toTraditional(SAFE_ACCOUNT) })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: toTraditional(TOTAL_OWED) })).toBeChecked();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(2);

    await clearTraditional.click();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(toTraditional("已清空全部勾选。"));
    expect(await storedTicks(page)).toBeNull();
    await page.reload();
    await expect(clearTraditional).toBeVisible();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  });

  test("ticks only items whose stored id still matches, and survives a broken stored value", async ({ page }) => {
    await page.goto("/tools/negotiation-checklist");
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      // An id from an older wording of the first item, an index-style id, and one that still matches.
      [CHECKLIST_TICKS_KEY, JSON.stringify(["prepare-0000000", "prepare-1", checklistItemId("ask", TOTAL_OWED)])],
    );
    await page.reload();
    await expect(page.getByRole("checkbox", { name: TOTAL_OWED })).toBeChecked();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(1);

    await page.evaluate((key) => localStorage.setItem(key, "{not json"), CHECKLIST_TICKS_KEY);
    await page.reload();
    await expect(page.getByRole("button", { name: "清空勾选" })).toBeVisible();
    await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  });

  test("the clear button is reachable by keyboard with a visible focus ring, hidden in print, and axe passes", async ({ page }) => {
    await page.goto("/tools/negotiation-checklist");
    const clear = page.getByRole("button", { name: "清空勾选" });
    await expect(clear).toBeVisible();
    await page.getByRole("checkbox").first().focus();
    await page.keyboard.press("Shift+Tab");
    await expect(clear).toBeFocused();
    expect(await clear.evaluate((button) => getComputedStyle(button).outlineStyle)).toBe("solid");
    await page.keyboard.press("Enter");
    await expect(page.locator('[aria-live="polite"]')).toHaveText("已清空全部勾选。");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("checkbox", { name: ID_CARD }).check();
    await page.emulateMedia({ media: "print" });
    await expect(clear).toBeHidden();
    await expect(page.getByText("勾选只保存在这台设备上，不会上传。")).toBeHidden();
    await expect(page.getByRole("checkbox", { name: ID_CARD })).toBeChecked();
  });
});

test("the negotiation checklist without JavaScript has no clear button or storage note, and still ticks", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const script of SCRIPTS) {
    await page.goto(`${script.prefix}/tools/negotiation-checklist`);
    await expect(page.getByRole("checkbox", { name: script.text(ID_CARD) })).toBeVisible();
    await expect(page.getByRole("button", { name: script.text("清空勾选") })).toHaveCount(0);
    await expect(page.getByText(script.text("勾选只保存在这台设备上"))).toHaveCount(0);
    await page.getByRole("checkbox", { name: script.text(ID_CARD) }).check();
    await expect(page.getByRole("checkbox", { name: script.text(ID_CARD) })).toBeChecked();
  }
  await context.close();
});

/**
 * Fills a field once the page has hydrated: a keystroke before React attaches its listener
 * is not seen, so the typing is repeated until `appears` shows.
 */
async function fillWhenLive(field: Locator, value: string, appears: Locator): Promise<void> {
  await expect(async () => {
    await field.fill("");
    await field.fill(value);
    await expect(appears).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test.describe("the repayment reminder with JavaScript", () => {
  for (const script of SCRIPTS) {
    test(`previews the next due dates as the reader types, short months included (${script.name})`, async ({ page }) => {
      // 10 February 2028 in Beijing: a leap-year February comes first.
      await page.clock.setFixedTime(new Date("2028-02-10T04:00:00Z"));
      await page.goto(`${script.prefix}/tools/reminder`);
      const day = page.getByLabel(script.text("每月还款日"));
      const preview = page.getByTestId("reminder-preview");
      await fillWhenLive(day, "31", preview);
      await expect(page.locator('[aria-live="polite"]').getByTestId("reminder-preview")).toHaveCount(1);
      await expect(preview).toContainText(script.text("按你现在填的，日历里最近的 3 个还款日是："));
      await expect(preview.getByRole("listitem")).toHaveText([
        `2028年2月29日${script.text("（这个月没有 31 号，提前到月底）")}`,
        "2028年3月31日",
        `2028年4月30日${script.text("（这个月没有 31 号，提前到月底）")}`,
      ]);

      await day.fill("29");
      await expect(preview.getByRole("listitem")).toHaveText(["2028年2月29日", "2028年3月29日", "2028年4月29日"]);
      await day.fill("１５");
      await expect(preview.getByRole("listitem")).toHaveText(["2028年2月15日", "2028年3月15日", "2028年4月15日"]);
      await page.getByLabel(script.text("提醒几个月")).fill("2");
      await expect(preview).toContainText(script.text("最近的 2 个还款日"));
      await expect(preview.getByRole("listitem")).toHaveCount(2);
      await day.fill("40");
      await expect(preview).toHaveCount(0);
      await day.fill("30");
      await expect(preview.getByRole("listitem")).toHaveText([
        `2028年2月29日${script.text("（这个月没有 30 号，提前到月底）")}`,
        "2028年3月30日",
      ]);
      expect(await axeViolations(page)).toEqual([]);

      // Submitting still asks the server (whose clock is not the page's), which offers the file.
      await page.getByRole("button", { name: script.text("生成提醒") }).click();
      await expect(page).toHaveURL(new RegExp(`\\d${script.prefix}/tools/reminder\\?day=30&amount=&months=2$`));
      await expect(page.getByTestId("reminder-result").getByRole("listitem")).toHaveCount(2);
      await expect(preview).toHaveCount(0);
    });
  }
});

test("the repayment reminder without JavaScript shows no preview and still makes the calendar", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const script of SCRIPTS) {
    await page.goto(`${script.prefix}/tools/reminder`);
    await page.getByLabel(script.text("每月还款日")).fill("31");
    await page.getByLabel(script.text("提醒几个月")).fill("3");
    await expect(page.getByTestId("reminder-preview")).toHaveCount(0);
    await page.getByRole("button", { name: script.text("生成提醒") }).click();
    await expect(page).toHaveURL(new RegExp(`\\d${script.prefix}/tools/reminder\\?day=31&amount=&months=3$`));
    await expect(page.getByTestId("reminder-result").getByRole("listitem")).toHaveCount(3);
    await expect(page.getByTestId("reminder-preview")).toHaveCount(0);
    const download = page.getByTestId("reminder-result").getByRole("link", { name: new RegExp(script.text("下载日历文件")) });
    const href = await download.getAttribute("href");
    expect(href).toBe(`${script.prefix}/tools/reminder/calendar.ics?day=31&months=3`);
    const calendar = await page.request.get(href!);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()["content-type"]).toContain("text/calendar");
    expect(await calendar.text()).toContain(`X-WR-CALNAME:${script.text("借呗还款提醒")}`);
  }
  await context.close();
});
