import { describe, expect, it } from "vitest";
import { PRERENDERED_TRADITIONAL_ARTICLES, prerenderedArticleSlugs } from "@/lib/site/pages";

describe("prerenderedArticleSlugs", () => {
  const articles = Array.from({ length: 25 }, (_, i) => ({ slug: `article-${i + 1}`, aliases: i === 20 ? ["old-name"] : [] }));
  const slugs = articles.map((article) => article.slug);

  it("prerenders every article and alias in Simplified", () => {
    expect(prerenderedArticleSlugs("zh-Hans", articles)).toEqual([...slugs, "old-name"]);
  });

  it("prerenders the newest articles and every alias in Traditional, never none while there are articles", () => {
    expect(prerenderedArticleSlugs("zh-Hant", articles)).toEqual([...slugs.slice(0, PRERENDERED_TRADITIONAL_ARTICLES), "old-name"]);
    expect(PRERENDERED_TRADITIONAL_ARTICLES).toBeGreaterThan(0);
    expect(prerenderedArticleSlugs("zh-Hant", articles.slice(0, 3))).toEqual(slugs.slice(0, 3));
    expect(prerenderedArticleSlugs("zh-Hant", [])).toEqual([]);
  });
});
