import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import { buildSearchIndex, MAX_QUERY_LENGTH, searchArticles, type SearchResponse, type SearchResult } from "@/lib/search";
import { normalizeForSearch } from "@/lib/search/normalize";
import { toTraditional } from "@/lib/script/convert";
import { indexTerms, queryTerms, questionWords } from "@/lib/search/tokenize";

const CONTENT = path.join(__dirname, "..", "..", "content");
const QUERIES: [simplified: string, traditional: string][] = [
  ["罚息", "罰息"],
  ["征信", "徵信"],
  ["协商", "協商"],
  ["分期", "分期"],
];
/** Passage text is at most 90 characters, plus an ellipsis on each side. */
const MAX_PASSAGE = 92;

function resultsOf(response: SearchResponse): SearchResult[] {
  if (response.kind !== "results") throw new Error(`expected results, got ${response.kind}`);
  return response.results;
}

function passageText(result: SearchResult): string {
  return result.passage.map((segment) => segment.text).join("");
}

function hitsOf(result: SearchResult): string[] {
  return result.passage.filter((segment) => segment.hit).map((segment) => normalizeForSearch(segment.text));
}

describe("normalizing and tokenizing", () => {
  it("folds width, case and Traditional characters into one form", () => {
    expect(normalizeForSearch("罰息 徵信 協商 ＡＰＰ App")).toBe("罚息 征信 协商 app app");
  });

  it("leaves Simplified characters that OpenCC alone would read as Traditional (么 is not 幺)", () => {
    expect(normalizeForSearch("怎么办 什么 为什么")).toBe("怎么办 什么 为什么");
    expect(normalizeForSearch("怎麼辦 什麼 爲什麼")).toBe("怎么办 什么 为什么");
  });

  it("takes the same question fillers out of a question in either script", () => {
    for (const [simplified, words] of [
      ["收到法院短信怎么办", ["收到法院短信"]],
      ["逾期以后罚息怎么算", ["逾期以后罚息", "算"]],
      ["为什么会逾期", ["会逾期"]],
    ] as const) {
      expect(questionWords(normalizeForSearch(simplified)), simplified).toEqual(words);
      expect(questionWords(normalizeForSearch(toTraditional(simplified))), toTraditional(simplified)).toEqual(words);
    }
  });

  it("indexes CJK runs as bigrams plus their last character, and other words whole", () => {
    expect(indexTerms("罚息，征信 app 95188")).toEqual(["罚息", "息", "征信", "信", "app", "95188"]);
    expect(queryTerms("逾期罚息")).toEqual(["逾期", "期罚", "罚息"]);
    expect(queryTerms("罚")).toEqual(["罚"]);
  });
});

describe("searchArticles on the published content", async () => {
  const { articles } = await loadContent(CONTENT);
  const index = buildSearchIndex(articles);
  const search = (query: string, limit = 10) => resultsOf(searchArticles(index, query, { limit }));

  it("finds the consequences sections for 罚息, with 罚息 marked in every top passage", () => {
    const results = search("罚息");
    expect(results.slice(0, 3).map((result) => result.kind)).toContain("consequences");
    for (const result of results.slice(0, 5)) expect(hitsOf(result), result.href).toContain("罚息");
  });

  it("finds the credit-report sections for 征信", () => {
    const results = search("征信");
    expect(results.slice(0, 5).map((result) => result.sectionTitle)).toContain("信用报告：怎么查，错了怎么办");
    for (const result of results.slice(0, 5)) expect(hitsOf(result), result.href).toContain("征信");
  });

  it("puts a negotiation section first for 协商", () => {
    const [first] = search("协商");
    expect(first?.kind).toBe("negotiation");
  });

  it("finds sections that discuss 分期, the negotiation tips among them", () => {
    const results = search("分期");
    expect(results.map((result) => result.kind)).toContain("negotiation");
    for (const result of results) expect(hitsOf(result), result.href).toContain("分期");
  });

  it("gives the same results for the same queries in Traditional characters", () => {
    for (const [simplified, traditional] of QUERIES) expect(search(traditional), traditional).toEqual(search(simplified));
  });

  it("links to the article and the section's anchor", () => {
    for (const result of search("罚息")) {
      expect(result.href).toBe(result.sectionId === null ? `/articles/${result.slug}` : `/articles/${result.slug}#${result.sectionId}`);
    }
  });

  it("finds nothing for a query that appears nowhere", () => {
    expect(search("量子纠缠火箭")).toEqual([]);
    expect(search("xylophone")).toEqual([]);
  });

  it("keeps passages short, marks the hit whenever the text has one, and holds no HTML", () => {
    for (const query of ["罚息", "征信", "协商", "分期", "逾期", "95188", "app", "假客服"]) {
      for (const result of search(query, 50)) {
        const text = passageText(result);
        const section = index.sections.find((candidate) => candidate.slug === result.slug && candidate.sectionId === result.sectionId);
        expect(text.length, `${query} ${result.href}`).toBeLessThanOrEqual(MAX_PASSAGE);
        expect(text.length, `${query} ${result.href}`).toBeGreaterThan(0);
        if (section?.normalized.text.includes(query)) expect(hitsOf(result), `${query} ${result.href}`).toContain(query);
        expect(text, `${query} ${result.href}`).not.toMatch(/<|>/);
      }
    }
  });

  it("cuts passages at sentence or phrase boundaries, with an ellipsis where text was left out", () => {
    for (const result of search("罚息", 50)) {
      const text = passageText(result);
      const section = index.sections.find((candidate) => candidate.slug === result.slug && candidate.sectionId === result.sectionId);
      const inner = text.replace(/^…/, "").replace(/…$/, "");
      expect(section?.text, result.href).toContain(inner);
      expect(text.startsWith("…"), result.href).toBe(!section?.text.startsWith(inner));
      expect(text.endsWith("…"), result.href).toBe(!section?.text.endsWith(inner));
    }
    const cut = search("罚息", 50).filter((result) => passageText(result).startsWith("…"));
    expect(cut.length).toBeGreaterThan(0);
    const atBoundary = cut.filter((result) => {
      const section = index.sections.find((candidate) => candidate.slug === result.slug && candidate.sectionId === result.sectionId);
      const inner = passageText(result).slice(1).replace(/…$/, "");
      const before = section?.text.charAt(section.text.indexOf(inner) - 1) ?? "";
      return /[。！？；，、：）」”\s]/.test(before);
    });
    expect(atBoundary.length / cut.length).toBeGreaterThanOrEqual(0.8);
  });

  it("ranks a section whose heading names the term above sections that mention it in passing", () => {
    const [first, second] = search("假客服");
    expect([first?.sectionTitle, second?.sectionTitle].every((title) => title?.includes("假客服"))).toBe(true);
    expect(search("信用报告")[0]?.sectionTitle).toBe("信用报告：怎么查，错了怎么办");
  });

  it("ranks sections containing every word of a multi-word query first", () => {
    for (const query of ["征信 协商", "罚息 分期", "宽限期 罚息"]) {
      const words = query.split(" ");
      const containsAll = search(query, 30).map((result) => {
        const section = index.sections.find((candidate) => candidate.slug === result.slug && candidate.sectionId === result.sectionId);
        const haystack = normalizeForSearch(
          `${section?.sectionTitle ?? section?.articleTitle ?? ""} ${section?.text ?? ""} ${section?.tags.join(" ") ?? ""}`,
        );
        return words.every((word) => haystack.includes(word));
      });
      expect(containsAll[0], query).toBe(true);
      expect(containsAll.indexOf(false) === -1 || !containsAll.slice(containsAll.indexOf(false)).includes(true), query).toBe(true);
    }
  });

  it("lists at most three sections of one article", () => {
    const results = search("逾期", 50);
    expect(results.length).toBeGreaterThan(6);
    const perArticle = new Map<string, number>();
    for (const result of results) perArticle.set(result.slug, (perArticle.get(result.slug) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(3);
  });

  it("answers 'empty' for queries with nothing to search for", () => {
    for (const query of ["", "   ", "\n\t", "！？。，", "……"])
      expect(searchArticles(index, query).kind, JSON.stringify(query)).toBe("empty");
  });

  it("cuts queries longer than the limit and says so", () => {
    const response = searchArticles(index, "罚息".repeat(80));
    expect(response.kind).toBe("results");
    if (response.kind !== "results") return;
    expect(response.truncated).toBe(true);
    expect([...response.query].length).toBe(MAX_QUERY_LENGTH);
    expect(response.results.length).toBeGreaterThan(0);
    const short = searchArticles(index, "罚息");
    expect(short.kind === "results" && short.truncated).toBe(false);
  });

  it("never throws, whatever the query or limit", () => {
    const cjk = fc.string({ unit: fc.constantFrom(..."罚息征信协商分期逾期借呗罰徵協 ，。！a1Ａ\u0301\ud800") });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), cjk),
        fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)),
        (query, limit) => {
          const response = searchArticles(index, query, limit === undefined ? {} : { limit });
          if (response.kind === "results") {
            expect(response.results.length).toBeLessThanOrEqual(50);
            for (const result of response.results) expect(passageText(result).length).toBeLessThanOrEqual(MAX_PASSAGE);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
