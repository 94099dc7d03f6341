import { describe, expect, it } from "vitest";
import { PRERENDERED_ARTICLES, prerenderedArticleSlugs } from "@/lib/site/pages";

describe("prerenderedArticleSlugs", () => {
  const articles = Array.from({ length: 250 }, (_, i) => ({ slug: `article-${i + 1}`, aliases: i === 200 ? ["old-name"] : [] }));
  const slugs = articles.map((article) => article.slug);

  it("prerenders the newest articles of each script, more in Simplified, and every alias in both", () => {
    expect(PRERENDERED_ARTICLES["zh-Hans"]).toBeGreaterThan(PRERENDERED_ARTICLES["zh-Hant"]);
    expect(prerenderedArticleSlugs("zh-Hans", articles)).toEqual([...slugs.slice(0, PRERENDERED_ARTICLES["zh-Hans"]), "old-name"]);
    expect(prerenderedArticleSlugs("zh-Hant", articles)).toEqual([...slugs.slice(0, PRERENDERED_ARTICLES["zh-Hant"]), "old-name"]);
  });

  it("prerenders every article when there are fewer, never none while there are articles", () => {
    expect(PRERENDERED_ARTICLES["zh-Hant"]).toBeGreaterThan(0);
    expect(prerenderedArticleSlugs("zh-Hans", articles.slice(0, 3))).toEqual(slugs.slice(0, 3));
    expect(prerenderedArticleSlugs("zh-Hant", articles.slice(0, 3))).toEqual(slugs.slice(0, 3));
    expect(prerenderedArticleSlugs("zh-Hant", [])).toEqual([]);
  });
});
