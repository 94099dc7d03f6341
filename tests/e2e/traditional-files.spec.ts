import { expect, test, type Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { PNG } from "pngjs";
import { toTraditional } from "../../lib/script/convert";
import { sitePages } from "../../lib/site/pages";
import { publishedArticles } from "./site-content";
import { sitemapFileTexts } from "./sitemap-files";

/** The configured public origin (SITE_URL's default): absolute URLs in the files use it. */
const SITE = "http://localhost:3000";

/** A path of this server for an absolute URL of the site. */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(SITE);
  return parsed.pathname + parsed.search;
};

const meta = (page: Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");

interface SitemapEntry {
  loc: string;
  lastmod?: string;
  "xhtml:link"?: { rel: string; hreflang: string; href: string }[];
}

test("the sitemap lists every page in both scripts, each with the alternates its page names", async ({ page, request }) => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => name === "url" || name === "xhtml:link",
  });
  const entries = (await sitemapFileTexts(request, SITE)).flatMap((text) => {
    expect(XMLValidator.validate(text)).toBe(true);
    const sitemap = parser.parse(text) as { urlset: { "xmlns:xhtml": string; url: SitemapEntry[] } };
    expect(sitemap.urlset["xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    return sitemap.urlset.url;
  });
  const locs = entries.map((entry) => entry.loc);

  // Exactly the indexed pages of the site's one list of pages, in both scripts.
  const indexed = sitePages(await publishedArticles()).filter((sitePage) => sitePage.indexed);
  expect(locs.toSorted()).toEqual(
    indexed.flatMap(({ path }) => [`${SITE}${path}`, `${SITE}${path === "/" ? "/zh-Hant" : `/zh-Hant${path}`}`]).toSorted(),
  );

  const byLoc = new Map(entries.map((entry) => [entry.loc, entry]));
  for (const entry of entries) {
    const links = entry["xhtml:link"] ?? [];
    expect(
      links.map((link) => link.rel),
      entry.loc,
    ).toEqual(["alternate", "alternate", "alternate"]);
    const alternates = Object.fromEntries(links.map((link) => [link.hreflang, link.href]));
    expect(Object.keys(alternates).sort(), entry.loc).toEqual(["x-default", "zh-CN", "zh-Hant"]);
    expect(alternates["x-default"]).toBe(alternates["zh-CN"]);
    // Each entry names itself, and the other version is listed with the same alternates and date.
    const other = entry.loc === alternates["zh-Hant"] ? alternates["zh-CN"]! : alternates["zh-Hant"]!;
    expect([alternates["zh-CN"], alternates["zh-Hant"]], entry.loc).toContain(entry.loc);
    expect(byLoc.get(other)?.["xhtml:link"], other).toEqual(links);
    expect(byLoc.get(other)?.lastmod, other).toBe(entry.lastmod);

    // The page itself answers and carries these hreflang links (the home page's written without
    // its final slash, the same URL).
    const response = await page.goto(pathOf(entry.loc));
    expect(response?.status(), entry.loc).toBe(200);
    const pageAlternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((elements) => elements.map((element) => [element.getAttribute("hreflang"), element.getAttribute("href")] as const));
    expect(Object.fromEntries(pageAlternates.map(([hreflang, href]) => [hreflang, new URL(href!).href])), entry.loc).toEqual(alternates);
    await expect(page.locator("html")).toHaveAttribute("lang", entry.loc.startsWith(`${SITE}/zh-Hant`) ? "zh-Hant" : "zh-CN");
  }
});

test("the reminder calendar downloaded under /zh-Hant is in Traditional, and so is its refusal", async ({ request }) => {
  const query = "day=31&amount=1234.5&months=3";
  const response = await request.get(`/zh-Hant/tools/reminder/calendar.ics?${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="jiebei-repayment-reminder.ics"');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("借唄還款提醒");
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  expect(event.summary).toBe("借唄還款日：1,234.50 元（請在支付寶內還款）");
  expect(event.description.split("\n")[1]).toBe(
    "只在支付寶裡還款：支付寶 → 借唄 → 還款。不要轉賬到任何個人賬戶或所謂的“安全賬戶”，也不要把驗證碼告訴任何人。",
  );
  expect(event.component.getAllSubcomponents("valarm").map((alarm) => alarm.getFirstPropertyValue("description"))).toEqual([
    "還有 3 天就是借唄還款日，請提前在支付寶內準備好還款。借唄還款日：1,234.50 元（請在支付寶內還款）",
    "今天是借唄還款日，請在支付寶內還款。借唄還款日：1,234.50 元（請在支付寶內還款）",
  ]);

  const simplified = new ICAL.Component(ICAL.parse(await (await request.get(`/tools/reminder/calendar.ics?${query}`)).text()));
  expect(new ICAL.Event(simplified.getFirstSubcomponent("vevent")!).summary).toBe("借呗还款日：1,234.50 元（请在支付宝内还款）");

  const refused = await request.get("/zh-Hant/tools/reminder/calendar.ics?day=0");
  expect(refused.status()).toBe(400);
  expect(refused.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(await refused.text()).toBe(
    "沒能生成日曆文件，請回到 /zh-Hant/tools/reminder 改一下：\n- 還款日是每月的幾號，只能填 1 到 31 之間的整數\n",
  );
  expect((await request.get("/zh-hant/tools/reminder/calendar.ics?day=15")).status()).toBe(404);
});

test("a Traditional article's og:image and twitter:image are its own Traditional 1200×630 PNG", async ({ page, request }) => {
  const [article] = await publishedArticles();
  const images = async (prefix: string) => {
    await page.goto(`${prefix}/articles/${article!.slug}`);
    const found: Record<string, { path: string; body: Buffer }> = {};
    for (const property of ["og:image", "twitter:image"]) {
      const path = pathOf((await meta(page, property))!);
      const response = await request.get(path);
      expect(response.headers()["content-type"], path).toBe("image/png");
      const body = await response.body();
      const png = PNG.sync.read(body);
      expect([png.width, png.height], path).toEqual([1200, 630]);
      found[property] = { path, body };
    }
    return found;
  };
  const traditional = await images("/zh-Hant");
  const simplified = await images("");
  expect(traditional["og:image"]!.path).toMatch(new RegExp(`^/zh-Hant/articles/${article!.slug}/opengraph-image(\\?|$)`));
  expect(traditional["twitter:image"]!.path).toMatch(new RegExp(`^/zh-Hant/articles/${article!.slug}/opengraph-image(\\?|$)`));
  expect(await meta(page, "og:image:width")).toBe("1200");
  // Same layout and size, other characters: the Traditional image is not the Simplified one.
  expect(traditional["og:image"]!.body.equals(simplified["og:image"]!.body)).toBe(false);
  expect(traditional["twitter:image"]!.body.equals(simplified["twitter:image"]!.body)).toBe(false);
});

test("every Traditional article's JSON-LD is zh-Hant, in Traditional, with /zh-Hant URLs", async ({ page, request }) => {
  for (const article of await publishedArticles()) {
    await page.goto(`/zh-Hant/articles/${article.slug}`);
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const graph = (JSON.parse(raw!) as { "@graph": Record<string, unknown>[] })["@graph"];
    const byType = (type: string) => graph.find((node) => node["@type"] === type) as Record<string, unknown> | undefined;
    const url = `${SITE}/zh-Hant/articles/${article.slug}`;
    const site = { "@type": "Organization", name: "借唄逾期指南", url: `${SITE}/zh-Hant` };
    expect(byType("Article"), article.slug).toMatchObject({
      headline: toTraditional(article.title),
      description: toTraditional(article.description),
      inLanguage: "zh-Hant",
      url,
      mainEntityOfPage: url,
      image: `${url}/opengraph-image`,
      author: site,
      publisher: site,
    });
    expect(byType("BreadcrumbList")?.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "借唄逾期指南", item: `${SITE}/zh-Hant` },
      { "@type": "ListItem", position: 2, name: toTraditional(article.title), item: url },
    ]);
    const process = article.sections.find((section) => section.kind === "process");
    if (process) {
      const howTo = byType("HowTo")!;
      expect(howTo).toMatchObject({ name: toTraditional(process.title), inLanguage: "zh-Hant", url: `${url}#${process.id}` });
      expect(howTo.step).toEqual(
        process.steps.map((step, index) => ({
          "@type": "HowToStep",
          position: index + 1,
          name: toTraditional(step.title),
          text: toTraditional(step.text || step.title),
          url: `${url}#${process.id}`,
        })),
      );
    }
    expect(raw).not.toContain("zh-CN");
    const image = await request.get(pathOf(`${url}/opengraph-image`));
    expect(image.headers()["content-type"]).toBe("image/png");
  }

  const [article] = await publishedArticles();
  await page.goto(`/articles/${article!.slug}`);
  const simplified = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    "@graph": Record<string, unknown>[];
  };
  expect(simplified["@graph"][0]).toMatchObject({ inLanguage: "zh-CN", url: `${SITE}/articles/${article!.slug}` });
});
