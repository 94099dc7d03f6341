import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SearchIndex } from "@/lib/search";
import { normalizeForSearch } from "@/lib/search/normalize";
import { buildTermIndex, checkTermIndex, hasTerm, matchTerms, postingImpacts, type TermIndex } from "@/lib/search/term-index";
import { deserialize, serialize } from "node:v8";
import { isSingleCjkCharacter, queryTerms, questionWords } from "@/lib/search/tokenize";
import { BOOST, FIELDS, miniSearchOf } from "./minisearch-reference";
import { searchTestArticle } from "./search-fixtures";

const CONTENT = path.join(__dirname, "..", "..", "content");
const BOOSTS = FIELDS.map((field) => BOOST[field]);

/** Every match of `terms` with its score and matched terms, by section: from the term index and from MiniSearch. */
function bothMatches(index: SearchIndex, terms: readonly string[]) {
  const matches = matchTerms(
    index.terms,
    index.impacts,
    terms.map((term) => ({ term, prefix: isSingleCjkCharacter(term) })),
  );
  const ours = new Map(
    [...matches.documents].map((section) => [
      section,
      {
        score: matches.scores[section],
        terms: terms.filter((_, position) => hasTerm(matches, section, position)),
        count: matches.matchedTermCounts[section],
      },
    ]),
  );
  const reference = new Map(
    miniSearchOf(index)
      .search({ combineWith: "OR", queries: [...terms] })
      .map((match) => [match.id as number, { score: match.score, terms: [...match.queryTerms].sort() }]),
  );
  return { ours, reference };
}

/** The term index's matches equal MiniSearch's: the same sections, terms and (to rounding) scores. */
function expectSameAsMiniSearch(index: SearchIndex, terms: readonly string[]): void {
  const { ours, reference } = bothMatches(index, terms);
  expect([...ours.keys()].sort((a, b) => a - b)).toEqual([...reference.keys()].sort((a, b) => a - b));
  for (const [section, expected] of reference) {
    const actual = ours.get(section);
    expect(actual?.terms.slice().sort()).toEqual(expected.terms);
    expect(actual?.count).toBe(expected.terms.length);
    expect(Math.abs((actual?.score ?? 0) - expected.score)).toBeLessThanOrEqual(expected.score * 1e-12);
  }
}

function termsOf(query: string): string[] {
  return [...new Set(questionWords(normalizeForSearch(query)).flatMap(queryTerms))];
}

describe("the term index scores as MiniSearch does", () => {
  it("on the published content, for readers' questions, single characters and other words", async () => {
    const { articles, searchWords } = await loadContent(CONTENT);
    const index = buildSearchIndex(articles, searchWords);
    for (const query of ["借呗逾期会坐牢吗", "罚息", "征信 协商", "罚", "催", "95188", "App", "收到法院短信怎么办", "量子纠缠"]) {
      expectSameAsMiniSearch(index, termsOf(query));
    }
  });

  it("on random sections, fields and queries", () => {
    const unit = fc.constantFrom(..."罚息征信协商逾期坐牢", " app ", " 95188 ", "。");
    const section = fc.record({ title: fc.string({ unit, maxLength: 8 }), text: fc.string({ unit, maxLength: 60 }) });
    const query = fc.array(fc.string({ unit: fc.constantFrom(..."罚息征信协商逾期坐牢", "app", "95188"), minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(fc.array(section, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), query, (articles, words) => {
        const index = buildSearchIndex(
          articles.map((sections, number) =>
            searchTestArticle(
              `a-${number}`,
              sections.map((body) => ({ title: body.title || "小节", text: body.text })),
              { title: `文章${sections[0]?.title ?? ""}`, tags: number % 2 === 0 ? ["征信"] : [], leadText: "" },
            ),
          ),
        );
        expectSameAsMiniSearch(index, [...new Set(words.flatMap((word) => termsOf(word)))]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a saved term index", () => {
  const documents = [
    ["借呗逾期", "罚息怎么算", "逾期以后按日计收罚息。", "", ""],
    ["征信", "", "征信报告可以在 App 里查。", "征信", "查征信"],
  ];
  const built = buildTermIndex(documents, 5);

  function sameMatches(a: TermIndex, b: TermIndex, terms: string[]) {
    const query = terms.map((term) => ({ term, prefix: isSingleCjkCharacter(term) }));
    const left = matchTerms(a, postingImpacts(a, BOOSTS), query);
    const right = matchTerms(b, postingImpacts(b, BOOSTS), query);
    expect([...right.documents]).toEqual([...left.documents]);
    for (const document of left.documents) expect(right.scores[document]).toBe(left.scores[document]);
  }

  it("loads with the same terms, arrays and scores", () => {
    const loaded = checkTermIndex(deserialize(serialize(built)));
    expect(loaded.terms).toEqual(built.terms);
    expect([...loaded.documents]).toEqual([...built.documents]);
    expect([...loaded.frequencies]).toEqual([...built.frequencies]);
    sameMatches(built, loaded, ["罚息", "征信", "罚", "app"]);
  });

  it("refuses what is not a term index, or arrays that do not fit together", () => {
    expect(() => checkTermIndex({ ...built, documents: built.documents.subarray(1) })).toThrow(/do not fit together/);
    expect(() => checkTermIndex({ ...built, terms: built.terms.slice(1) })).toThrow(/do not fit together/);
    expect(() => checkTermIndex({ ...built, documents: [...built.documents] })).toThrow(/not a term index/);
    expect(() => checkTermIndex(null)).toThrow(/not a term index/);
  });

  it("counts a term that occurs more often than a byte holds exactly, built and loaded", () => {
    // 罚息 300 times holds 罚息 300 times and 息罚 299 times.
    const index = buildTermIndex(
      [
        ["罚息".repeat(300), "", "罚息。", "", ""],
        ["", "", "罚息罚息。", "", ""],
      ],
      5,
    );
    expect([...index.largeFrequencies.values()].sort()).toEqual([299, 300]);
    const loaded = checkTermIndex(deserialize(serialize(index)));
    expect([...loaded.largeFrequencies]).toEqual([...index.largeFrequencies]);
    sameMatches(index, loaded, ["罚息", "罚"]);
    const searchIndex = buildSearchIndex([
      searchTestArticle("many", [{ title: "小节", text: "罚息".repeat(300) }], { leadText: "" }),
      searchTestArticle("few", [{ title: "小节", text: "罚息罚息。" }], { leadText: "" }),
    ]);
    expectSameAsMiniSearch(searchIndex, ["罚息", "罚"]);
  });

  it("is saved with the search index, whose version is checked and whose parts must fit together", async () => {
    const { articles, searchWords } = await loadContent(CONTENT);
    const index = buildSearchIndex(articles, searchWords);
    const bytes = serializeSearchIndex(index);
    expect(loadSearchIndex(bytes)).toEqual(index);
    const saved = deserialize(bytes) as { sections: unknown[]; trigrams: { start: Uint32Array; bits: Uint32Array } };
    expect(() => loadSearchIndex(serialize({ ...saved, version: 1 }))).toThrow(/version 1/);
    expect(() => loadSearchIndex(serialize({ ...saved, sections: saved.sections.slice(1) }))).toThrow(/do not fit together/);
    expect(() => loadSearchIndex(serialize({ ...saved, trigrams: { ...saved.trigrams, bits: saved.trigrams.bits.subarray(1) } }))).toThrow(
      /trigram filters/,
    );
    expect(() => loadSearchIndex(bytes.subarray(0, bytes.length / 2))).toThrow();
  });
});
