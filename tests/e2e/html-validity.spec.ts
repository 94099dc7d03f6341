import { expect, test } from "@playwright/test";
import { htmlErrors } from "./html-checker";
import { allRoutes } from "./site-content";

test("every page's HTML passes the Nu HTML Checker with zero errors", async ({ request }) => {
  test.setTimeout(120_000);
  const routes = [...(await allRoutes()), "/articles/%ZZ"];
  const pages = await Promise.all(routes.map(async (route) => ({ route, html: await (await request.get(route)).text() })));
  expect(htmlErrors(pages)).toEqual([]);
});
