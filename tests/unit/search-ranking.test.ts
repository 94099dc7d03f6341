import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeGeneratedArticles } from "@/bench/generate-articles";
import { loadContent } from "@/lib/content/load-content";
import type { Article } from "@/lib/content/schema";
import type { SearchWordsEntry } from "@/lib/content/search-words";
import { buildSearchIndex, MAX_QUERY_LENGTH, searchArticles, type SearchIndex } from "@/lib/search";
import { normalizeForSearch } from "@/lib/search/normalize";
import { buildPhraseIndex, phraseMatches } from "@/lib/search/phrases";
import { rankSections, type QueryWord } from "@/lib/search/rank";
import { buildTermIndex, matchTerms, postingImpacts } from "@/lib/search/term-index";
import { queryTerms, questionWords } from "@/lib/search/tokenize";
import { buildTrigramFilters, mayContain, wordTrigrams } from "@/lib/search/trigram-filter";
import { miniSearchOf } from "./minisearch-reference";
import { searchTestArticle } from "./search-fixtures";

/** An article with one general section per entry of `sections`, its title `title` followed by its slug. */
function article(slug: string, sections: readonly { title: string; text: string }[], title = "文章"): Article {
  return searchTestArticle(slug, sections, { title: `${title}${slug}` });
}

/** `count` articles named `<prefix>-0`, `<prefix>-1`…, each with one section of `text`. */
function articles(prefix: string, count: number, text: string, title?: string): Article[] {
  return Array.from({ length: count }, (_, index) => article(`${prefix}-${index}`, [{ title: "小节", text }], title));
}

function hrefs(index: SearchIndex, query: string, limit = 10): string[] {
  const response = searchArticles(index, query, { limit });
  return response.kind === "results" ? response.results.map((result) => result.href) : [];
}

/** Where BM25 alone (MiniSearch's, which the index's matches) puts a section: its position among all matches. */
function scorePosition(index: SearchIndex, query: string, slug: string): number {
  const terms = [...new Set(questionWords(normalizeForSearch(query)).flatMap(queryTerms))];
  const matches = miniSearchOf(index).search({ combineWith: "OR", queries: terms });
  return matches.findIndex((match) => index.sections[match.id as number]?.slug === slug);
}

function compact(text: string): string {
  return normalizeForSearch(text).replace(/\s+/g, "");
}

/**
 * The ranking as `searchArticles` documents it, computed the plain way: every match (scored
 * by MiniSearch) and every section with an everyday word in the question, each checked and
 * all of them sorted.
 */
function fullSortHrefs(index: SearchIndex, query: string, limit: number): string[] {
  const normalized = normalizeForSearch([...query.trim()].slice(0, MAX_QUERY_LENGTH).join("").trim());
  const words = [...new Set(questionWords(normalized))];
  if (words.length === 0) return [];
  const terms = [...new Set(words.flatMap(queryTerms))];
  const question = normalized.replace(/\s+/g, "");
  const matches = new Map(
    miniSearchOf(index)
      .search({ combineWith: "OR", queries: terms })
      .map((match) => [match.id as number, match]),
  );
  const ranked = index.sections
    .map((section) => {
      const { articleTitle, ...own } = section.normalized;
      const fields = section.kind === "lead" ? [articleTitle, ...Object.values(own)] : Object.values(own);
      const phraseLengths = section.words.map(compact).filter((phrase) => phrase !== "" && question.includes(phrase));
      const match = matches.get(section.id);
      return {
        section,
        phrase: Math.max(0, ...phraseLengths.map((phrase) => [...phrase].length)),
        contained: words.filter((word) => fields.some((field) => field.includes(word))).length,
        score: match?.score ?? 0,
        share: new Set(match?.queryTerms).size / terms.length,
      };
    })
    .filter(({ phrase, contained, share, score }) => phrase > 0 || (score > 0 && (contained > 0 || share >= 0.5)))
    .sort((a, b) => b.phrase - a.phrase || b.contained - a.contained || b.score - a.score || a.section.id - b.section.id);
  const perArticle = new Map<string, number>();
  const kept = ranked.filter(({ section }) => {
    const shown = perArticle.get(section.slug) ?? 0;
    perArticle.set(section.slug, shown + 1);
    return shown < 3;
  });
  return kept.slice(0, limit).map(({ section }) => `/articles/${section.slug}${section.sectionId === null ? "" : `#${section.sectionId}`}`);
}

/**
 * Articles of one general section per text (`a-0`, `a-1`…), everyday words pointing at their
 * first sections in turn: `searchArticles` gives the order a full sort gives.
 */
function expectFullSortOrder(texts: readonly (readonly string[])[], everydayWords: readonly (readonly string[])[], search: string): void {
  const built = texts.map((sections, index) =>
    article(
      `a-${index}`,
      sections.map((body) => ({ title: "小节", text: body || "空" })),
    ),
  );
  const searchWords: SearchWordsEntry[] = everydayWords
    .map((words, index) => ({ target: `/articles/a-${index % built.length}#s0`, words: [...words] }))
    .filter(({ words }) => words.length > 0);
  const index = buildSearchIndex(built, searchWords);
  expect(hrefs(index, search, 50)).toEqual(fullSortHrefs(index, search, 50));
}

describe("ranking past the first page of matches", () => {
  it("puts the one section containing a long word above many better-scoring sections that only have its bigrams", () => {
    // Every decoy has all three bigrams of 坐牢风险 (坐牢, 牢风, 风险), short text and so a high score, but never the word itself.
    const decoys = articles("decoy", 80, "坐牢。牢风。风险。坐牢风。牢风险。");
    const filler = "先把手头能还的部分还上，可以减少之后按天累积的罚息。".repeat(6);
    const index = buildSearchIndex([...decoys, article("target", [{ title: "小节", text: `${filler}有没有坐牢风险要看情况。${filler}` }])]);
    expect(scorePosition(index, "坐牢风险", "target")).toBeGreaterThan(50);
    expect(hrefs(index, "坐牢风险")[0]).toBe("/articles/target#s0");
  });

  it("puts every section containing all words of a multi-word query above the many that contain one", () => {
    // Short sections full of one word, some with the other in their article's title (which a section does not contain).
    const onlyOne = [...articles("only-credit", 60, "征信征信征信。", "协商"), ...articles("only-talk", 40, "协商协商协商。")];
    const filler = "和官方客服沟通时，把日期、时间、对方工号和谈好的内容记下来。".repeat(5);
    const both = articles("both", 4, `${filler}征信有问题可以协商。${filler}`);
    const index = buildSearchIndex([...onlyOne, ...both]);
    expect(scorePosition(index, "征信 协商", "both-0")).toBeGreaterThan(50);
    const results = hrefs(index, "征信 协商", 20);
    expect(results.slice(0, 4)).toEqual(both.map(({ slug }) => `/articles/${slug}#s0`));
    expect(results.slice(4).every((href) => href.startsWith("/articles/only-"))).toBe(true);
  });

  it("lists sections that contain no query word only when they match at least half of its bigrams", () => {
    const index = buildSearchIndex([
      article("half", [{ title: "小节", text: "坐牢。风险。" }]),
      article("third", [{ title: "小节", text: "风险。" }]),
    ]);
    expect(hrefs(index, "坐牢风险")).toEqual(["/articles/half#s0"]);
  });

  it("orders equal scores by section, whatever order the terms found them in", () => {
    // 甲乙 is searched first, so the later section is matched first; both score the same.
    const index = buildSearchIndex([
      article("first", [{ title: "小节", text: "丙丁。" }]),
      article("second", [{ title: "小节", text: "甲乙。" }]),
    ]);
    expect(hrefs(index, "甲乙 丙丁")).toEqual(["/articles/first#s0", "/articles/second#s0"]);
  });

  // With a second word of eight bigrams that no section has, the query has more terms than the bound table holds (rank.ts).
  it.each([[[]], [["甲乙丙丁戊己庚辛壬"]]])("does not read the sections a word's test rules out (other words: %j)", (others: string[]) => {
    // Each decoy has every bigram of 还款合同 (还款, 款合, 合同) but not the word; the last section has it.
    const texts = [...Array.from({ length: 300 }, (_, index) => `第${index}节：先还款，再看借款合同。`), "还款合同要保存好。"];
    const target = texts.length - 1;
    const words = ["还款合同", ...others];
    const terms = words.flatMap(queryTerms);
    const index = buildTermIndex(
      texts.map((text) => [text]),
      1,
    );
    const filters = buildTrigramFilters(texts.map((text) => [text]));
    const rank = (tested: boolean) => {
      const checked: number[] = [];
      const ranked = rankSections({
        matches: matchTerms(
          index,
          postingImpacts(index, [1]),
          terms.map((term) => ({ term, prefix: false })),
        ),
        sectionCount: texts.length,
        phrases: new Map(),
        words: words.map((word): QueryWord => {
          const trigrams = wordTrigrams(word);
          const own = queryTerms(word).map((term) => terms.indexOf(term));
          return tested
            ? { terms: own, cjk: true, mayBeIn: (section) => mayContain(filters, section, trigrams) }
            : { terms: own, cjk: true };
        }),
        termCount: terms.length,
        contained: (section) => {
          checked.push(section);
          return words.filter((word) => texts[section]?.includes(word)).length;
        },
      });
      return { ranked: [...ranked].map(({ section }) => section), checked };
    };
    const plain = rank(false);
    const tested = rank(true);
    expect(plain.checked).toHaveLength(texts.length);
    expect(tested.checked.length).toBeLessThan(10);
    expect(tested.checked).toContain(target);
    expect(tested.ranked).toEqual(plain.ranked);
    expect(tested.ranked[0]).toBe(target);
  });

  it("ranks like a full sort of every match on generated articles, where many sections score the same", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "search-ranking-"));
    try {
      writeGeneratedArticles(dir, 150);
      const { articles: generated } = await loadContent(dir, { publicDir: dir });
      const index = buildSearchIndex(generated);
      for (const query of [
        "逾期",
        "罚息",
        "征信 协商",
        "还款提醒",
        "洗白征信",
        "罚",
        "App",
        "逾期以后罚息怎么算",
        "客服 95188",
        "第 3 篇",
        // More terms than the bound table holds (rank.ts), and more than 32 (two entries of term bits per section).
        "罚息 征信 协商 分期 还款 提醒 客服 借呗 法院 短信 催收 冻结",
        "逾期以后罚息怎么算，征信会不会受影响，能不能和官方客服协商分期还款，家人和单位会不会接到催收电话，法院短信是真的吗",
      ]) {
        for (const limit of [10, 50]) expect(hrefs(index, query, limit), `${query} ${limit}`).toEqual(fullSortHrefs(index, query, limit));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ranks like a full sort of every match on random articles, everyday words and queries", () => {
    const text = fc.string({ unit: fc.constantFrom(..."罚息征信协商逾期坐牢", " app ", " whatsapp ", "。"), maxLength: 40 });
    const corpus = fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 });
    const wordsOf = fc.array(fc.string({ unit: fc.constantFrom(..."罚息征信协商"), minLength: 2, maxLength: 3 }), { maxLength: 3 });
    const query = fc.string({ unit: fc.constantFrom(..."罚息征信协商逾期坐牢吗 ", "app", "怎么办"), maxLength: 12 });
    fc.assert(fc.property(corpus, fc.array(wordsOf, { maxLength: 12 }), query, expectFullSortOrder), { numRuns: 200 });
  });

  it("orders sections that score nearly alike as their exact scores do", () => {
    // Found by the test above when each posting's part of a score was kept as a 32-bit float:
    // a-3 and a-5 score within one part in ten million of each other, and came out swapped.
    expectFullSortOrder(
      [[""], [""], [""], ["罚罚牢罚逾征罚坐罚", ""], [""], ["罚罚征罚商罚牢罚协"], [""]],
      [["罚罚"], ["息罚", "罚罚征"], [], ["罚商", "罚征罚", "征协信"], ["罚罚协"], ["罚息", "商罚罚", "征征协"]],
      "征",
    );
  });
});

describe("phraseMatches", () => {
  const index = buildPhraseIndex([
    ["坐牢", 1],
    ["会坐牢吗", 2],
    ["坐牢", 3],
    ["判刑", 3],
    ["", 4],
  ]);

  it("finds every everyday word the question contains, the longest one deciding a section's rank", () => {
    expect(Object.fromEntries(phraseMatches(index, "借呗逾期会坐牢吗会坐牢吗"))).toEqual({
      1: { length: 2, phrases: ["坐牢"] },
      2: { length: 4, phrases: ["会坐牢吗"] },
      3: { length: 2, phrases: ["坐牢"] },
    });
    expect(phraseMatches(index, "会判刑还是坐牢").get(3)).toEqual({ length: 2, phrases: ["判刑", "坐牢"] });
    expect(phraseMatches(index, "坐").size).toBe(0);
  });

  it("finds exactly the words a search of the question for each word finds", () => {
    const unit = fc.constantFrom(..."坐牢判刑会吗a𠀋");
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, maxLength: 5 }), { maxLength: 8 }),
        fc.string({ unit, maxLength: 30 }),
        (phrases, question) => {
          const found = phraseMatches(buildPhraseIndex(phrases.map((phrase, section) => [phrase, section] as const)), question);
          const expected = phrases.flatMap((phrase, section) => (phrase !== "" && question.includes(phrase) ? [section] : []));
          expect([...found.keys()].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });
});
