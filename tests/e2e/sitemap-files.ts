import { expect, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * The text of every sitemap file, read the way a search engine reads them: from the index at
 * `/sitemap.xml` (checked to be valid XML naming files on this site) to each file it names.
 */
export async function sitemapFileTexts(request: APIRequestContext, site: string): Promise<string[]> {
  const index = await request.get("/sitemap.xml");
  expect(index.headers()["content-type"]).toContain("xml");
  const text = await index.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({ isArray: (name) => name === "sitemap" }).parse(text) as { sitemapindex: { sitemap: { loc: string }[] } };
  const locs = parsed.sitemapindex.sitemap.map((file) => file.loc);
  expect(locs.length).toBeGreaterThan(0);
  return Promise.all(
    locs.map(async (loc) => {
      expect(loc.startsWith(`${site}/sitemaps/`), loc).toBe(true);
      const file = await request.get(loc.slice(site.length));
      expect(file.status(), loc).toBe(200);
      return file.text();
    }),
  );
}
