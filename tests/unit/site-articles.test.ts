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
});
