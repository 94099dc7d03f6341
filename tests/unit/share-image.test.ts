import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, selectVisible } from "@/lib/content/load-content";
import { fontFor } from "@/lib/site/og-font";
import { SCRIPTS } from "@/lib/script/request-script";
import { shareImageText } from "@/lib/site/share-image";

describe("the share image's text", () => {
  it("is Simplified for Simplified pages", () => {
    expect(shareImageText("借呗逾期的后果：征信、罚息、催收与诉讼", "zh-Hans")).toEqual({
      siteName: "借呗逾期指南",
      title: "借呗逾期的后果：征信、罚息、催收与诉讼",
      footer: "独立信息网站 · 与支付宝、蚂蚁集团无关",
    });
  });

  it("is Traditional for Traditional pages: title, site name and footer", () => {
    expect(shareImageText("借呗逾期的后果：征信、罚息、催收与诉讼", "zh-Hant")).toEqual({
      siteName: "借唄逾期指南",
      title: "借唄逾期的後果：徵信、罰息、催收與訴訟",
      footer: "獨立信息網站 · 與支付寶、螞蟻集團無關",
    });
  });
});

describe("the share image's font", () => {
  it("has a glyph for every character of every published article's image, in both scripts", async () => {
    const { articles } = await loadContent(path.join(__dirname, "..", "..", "content"));
    const texts = selectVisible(articles, false).flatMap((article) =>
      SCRIPTS.map((script) => Object.values(shareImageText(article.title, script)).join("")),
    );
    expect(texts.some((text) => text.includes("唄"))).toBe(true);
    for (const text of texts) await expect(fontFor(text), text).resolves.toBeInstanceOf(Buffer);
  });

  it("is cut down to the characters asked for", async () => {
    const [one, many] = await Promise.all([
      fontFor("借唄"),
      fontFor(Object.values(shareImageText("借呗逾期完全指南", "zh-Hant")).join("")),
    ]);
    expect(one.length).toBeLessThan(many.length);
    expect(many.length).toBeLessThan(100_000);
  });

  it("refuses a character the font lacks, naming it, instead of drawing a blank", async () => {
    await expect(fontFor("借唄😀")).rejects.toThrow('share image: Noto Sans SC Bold has no glyph for "😀" (U+1F600) in "借唄😀"');
    await expect(fontFor("曬𣈶")).rejects.toThrow('"𣈶" (U+23236)');
  });
});
