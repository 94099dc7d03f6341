import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

describe("the site loader's articles in a script", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("converts an article to Traditional once per production process and shares it", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("CONTENT_DIR", path.join(__dirname, "..", "fixtures", "valid"));
    const convert = await import("@/lib/script/article");
    const converted = vi.spyOn(convert, "articleToTraditional");
    const { getArticleInScript } = await import("@/lib/site/articles");
    const first = await getArticleInScript("complete-guide", "zh-Hant");
    const again = await getArticleInScript("complete-guide", "zh-Hant");
    expect(first?.title).toBe("借唄逾期測試指南");
    expect(again).toBe(first);
    expect(converted).toHaveBeenCalledTimes(1);
    expect((await getArticleInScript("complete-guide", "zh-Hans"))?.title).toBe("借呗逾期测试指南");
    expect(await getArticleInScript("no-such-article", "zh-Hant")).toBeUndefined();
  });

  it("answers searches in this thread unless the server gave its own search for every route", async () => {
    vi.stubEnv("CONTENT_DIR", path.join(__dirname, "..", "fixtures", "valid"));
    const { searchInProcess, searchSite, searchSiteWith } = await import("@/lib/site/articles");
    const here = await searchInProcess("征信");
    expect(here.kind === "results" && here.results.length).toBeGreaterThan(0);
    expect(await searchSite("征信")).toEqual(here);
    const key = Symbol.for("jiebei-overdue-guide.site-search");
    try {
      Reflect.deleteProperty(globalThis, key);
      const asked: string[] = [];
      searchSiteWith((query) => {
        asked.push(query);
        return Promise.resolve({ kind: "empty" });
      });
      vi.resetModules();
      // Another route's bundle has its own copy of the module, and finds the same search.
      const another = await import("@/lib/site/articles");
      expect(await another.searchSite("征信")).toEqual({ kind: "empty" });
      expect(asked).toEqual(["征信"]);
    } finally {
      Reflect.deleteProperty(globalThis, key);
    }
  });
});
