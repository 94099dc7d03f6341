import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { allRoutes } from "./site-content";

test("axe finds no violations on any page", async ({ page }) => {
  for (const route of await allRoutes()) {
    await page.goto(route);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const summary = violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, route).toEqual([]);
  }
});

test("axe finds no violations in the dark theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  for (const route of await allRoutes()) {
    await page.goto(route);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.impact} ${v.id}`), route).toEqual([]);
  }
});

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("no page scrolls sideways", async ({ page }) => {
    for (const route of await allRoutes()) {
      await page.goto(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
  });
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到正文" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
});

test("an article prints without navigation or share bar, with link addresses written out", async ({ page }) => {
  await page.goto("/articles/jiebei-overdue-guide");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "网站导航" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "本文目录" })).toBeHidden();
  await expect(page.getByTestId("share-bar")).toBeHidden();
  await expect(page.getByTestId("contact-block")).toBeVisible();
  await expect(page.getByTestId("site-footer")).toContainText("与支付宝、蚂蚁集团及其关联公司没有任何隶属");
  const link = page.locator("main .prose a[href^='/articles/']").first();
  const href = await link.getAttribute("href");
  expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).toBe(`" (${href})"`);
});
