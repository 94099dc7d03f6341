import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { loadContent } from "@/lib/content/load-content";
import { SECTION_KINDS } from "@/lib/content/schema";

const CONTENT = path.join(__dirname, "..", "..", "content");

/**
 * Numbers readers may be given, each named in ../shared/content-facts.md: the one 支付宝
 * publishes, the regulator's, the courts', legal and psychological help, the credit reference
 * centre's, and emergencies.
 */
const ALLOWED_NUMBERS = new Set(["95188", "12378", "12368", "12348", "12356", "400-810-8866", "110", "120"]);

describe("the published content", async () => {
  const { articles, diagnostics } = await loadContent(CONTENT);

  it("has no problems at all, warnings included", () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("has at least fourteen published articles of 1,500 characters or more", () => {
    const published = articles.filter((article) => !article.draft);
    expect(published.length).toBeGreaterThanOrEqual(14);
    for (const article of published) expect(article.characterCount, article.slug).toBeGreaterThanOrEqual(1500);
  });

  it("links every article back to the complete guide", () => {
    for (const article of articles.filter((candidate) => candidate.slug !== "jiebei-overdue-guide")) {
      const source = readFileSync(path.join(CONTENT, "articles", `${article.slug}.md`), "utf8");
      expect(source, article.slug).toContain("](/articles/jiebei-overdue-guide)");
    }
  });

  it("lists its sources and a review date on every article that states a rule", () => {
    for (const article of articles) {
      const source = readFileSync(path.join(CONTENT, "articles", `${article.slug}.md`), "utf8");
      if (!/《[^》]+》|第[一二三四五六七八九十百零]+条/.test(source)) continue;
      expect(article.sources.length, article.slug).toBeGreaterThan(0);
      expect(article.reviewed, article.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("quotes 第十六条 as the statute words it, never as “结清之日”", () => {
    for (const article of articles) {
      const source = readFileSync(path.join(CONTENT, "articles", `${article.slug}.md`), "utf8");
      expect(source, article.slug).not.toMatch(/结清之日起/);
    }
  });

  it("has a complete guide that uses all five kinds", () => {
    const guide = articles.find((article) => article.slug === "jiebei-overdue-guide");
    expect(guide?.sections.map((section) => section.kind)).toEqual(expect.arrayContaining([...SECTION_KINDS]));
  });

  it("links only to articles that exist", () => {
    const slugs = new Set(articles.map((article) => article.slug));
    for (const article of articles) {
      const source = readFileSync(path.join(CONTENT, "articles", `${article.slug}.md`), "utf8");
      for (const [, slug] of source.matchAll(/\]\(\/articles\/([^)#\s]+)/g)) expect(slugs, `${article.slug} → ${slug}`).toContain(slug);
    }
  });

  it("publishes no phone numbers or e-mail addresses but the official ones", () => {
    for (const article of articles) {
      const source = readFileSync(path.join(CONTENT, "articles", `${article.slug}.md`), "utf8");
      const phoneLike = /(?<![\d.,])(\d{3,4}-\d{3,4}(?:-\d{3,4})?|\d{5,})(?![\d.,]|\s*[元万%])/g;
      // Standards' numbers and the official addresses of sources are not phone numbers.
      const withoutStandards = source.replace(/GB(?:\/T)?\s*\d+(?:-\d+)?/g, "").replace(/https?:\/\/\S+/g, "");
      const numbers = [...withoutStandards.matchAll(phoneLike)].map(([n]) => n);
      expect(
        numbers.filter((n) => !ALLOWED_NUMBERS.has(n)),
        article.slug,
      ).toEqual([]);
      expect(source.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [], article.slug).toEqual([]);
    }
  });
});
