import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { allRoutes, pageRoutes, reportOutcomeRoutes } from "./site-content";

/** The violations axe finds on the page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// One test per page and theme, so a long page has its own time limit and the pages spread over the workers.
for (const route of await pageRoutes()) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds no violations on ${route} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(route);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("axe finds no violations on the pages a report post leads to, in either theme", async ({ page }) => {
  for (const route of await reportOutcomeRoutes()) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(route);
      expect(await axeViolations(page), `${route} ${colorScheme}`).toEqual([]);
    }
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
