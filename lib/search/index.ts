import { deserialize, serialize } from "node:v8";
import type { Article } from "../content/schema";
import type { SearchWordsEntry } from "../content/search-words";
import { searchableSections, wordsByTarget, type SearchableSection } from "./documents";
import { normalizeForSearch } from "./normalize";
import { buildPassage, type PassageSegment } from "./passage";
import { buildPhraseIndex, phraseMatches, type PhraseIndex } from "./phrases";
import { rankSections, type QueryWord } from "./rank";
import { buildTermIndex, checkTermIndex, matchTerms, postingImpacts, type TermIndex } from "./term-index";
import { isCjkWord, isSingleCjkCharacter, queryTerms, questionWords } from "./tokenize";
import { buildTrigramFilters, checkTrigramFilters, mayContain, wordTrigrams, type TrigramFilters } from "./trigram-filter";

export type { PassageSegment } from "./passage";

/**
 * The indexed fields; a hit in a heading says more about a section than one in its body, and
 * a hit in the everyday words editors gave it (search-words.yaml) says as much as its heading.
 */
const FIELDS = ["articleTitle", "sectionTitle", "text", "tags", "words"] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { articleTitle: 1.5, sectionTitle: 3, text: 1, tags: 2, words: 3 };
const FIELD_BOOSTS = FIELDS.map((field) => BOOST[field]);
/**
 * Where a section must contain a word to count as containing it. The article title is left
 * out except for the article's top: otherwise every section of 《借呗逾期的后果：征信、罚息…》
 * would "contain" 罚息 and outrank sections of other articles that discuss it.
 */
const OWN_FIELDS: readonly Field[] = ["sectionTitle", "text", "tags", "words"];

/** Longer queries are cut to this many characters (a search box needs no more). */
export const MAX_QUERY_LENGTH = 100;
/** Results shown when the caller does not say, and the most it may ask for. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/**
 * At most this many sections of one article are listed. Every section of the complete guide
 * mentions 逾期 or 借呗, so without a cap one long article fills the page and hides the
 * others; a reader who wants more of it follows a link into it.
 */
const MAX_SECTIONS_PER_ARTICLE = 3;

interface IndexedSection extends SearchableSection {
  id: number;
  /** The indexed fields in normalized form (see `normalizeForSearch`). */
  normalized: Record<Field, string>;
}

/** Article sections indexed for `searchArticles`. */
export interface SearchIndex {
  /** The sections' terms, in FIELDS order, by section id. */
  terms: TermIndex;
  /** Each posting's part of a score (`postingImpacts`), worked out from `terms` when the index is built or loaded. */
  impacts: Float64Array;
  /** Indexed sections by id (the term index keeps only ids). */
  sections: IndexedSection[];
  /** By section id: which trigrams its `containmentTexts` may have, to skip the exact check of sections that surely lack a word. */
  trigrams: TrigramFilters;
  /** The everyday words of the sections (search-words.yaml), for matching whole questions. */
  phrases: PhraseIndex;
}

/** One matching section and the passage that shows why it matched. */
export interface SearchResult {
  slug: string;
  articleTitle: string;
  /** The section's anchor id, or null when the match is in the article's title, description, tags or lead. */
  sectionId: string | null;
  sectionTitle: string | null;
  kind: SearchableSection["kind"];
  /** `/articles/<slug>#<id>`, or `/articles/<slug>` for the article's top. */
  href: string;
  /** About 60–90 characters around the best match; no HTML, so it can be converted and escaped by the page. */
  passage: PassageSegment[];
}

/** `empty`: the query has no letters or digits to search for; `results`: the matches (possibly none). */
export type SearchResponse =
  | { kind: "empty" }
  | {
      kind: "results";
      /** The query searched for: trimmed and, when it was longer, cut to MAX_QUERY_LENGTH characters. */
      query: string;
      truncated: boolean;
      results: SearchResult[];
    };

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The form an everyday word and a question are compared in: normalized, spaces removed. */
function compact(text: string): string {
  return normalizeForSearch(text).replace(/\s+/g, "");
}

/**
 * Builds the search index of the sections (and tops) of `articles`, with readers' everyday
 * words (`searchWords`, from search-words.yaml) attached to the sections they point at.
 */
export function buildSearchIndex(articles: readonly Article[], searchWords: readonly SearchWordsEntry[] = []): SearchIndex {
  const words = wordsByTarget(searchWords);
  const sections = articles
    .flatMap((article) => searchableSections(article, words))
    .map((section, id): IndexedSection => ({
      ...section,
      id,
      normalized: {
        articleTitle: normalizeForSearch(section.articleTitle),
        sectionTitle: normalizeForSearch(section.sectionTitle ?? ""),
        text: normalizeForSearch(section.text),
        tags: normalizeForSearch(section.tags.join(" ")),
        words: normalizeForSearch(section.words.join(" ")),
      },
    }));
  const terms = buildTermIndex(
    sections.map((section) => FIELDS.map((field) => section.normalized[field])),
    FIELDS.length,
  );
  return readyIndex(terms, sections, buildTrigramFilters(sections.map(containmentTexts)));
}

/** An index ready to search, from the parts that are saved: what follows from them is worked out here, at build and at load alike. */
function readyIndex(terms: TermIndex, sections: IndexedSection[], trigrams: TrigramFilters): SearchIndex {
  return {
    terms,
    impacts: postingImpacts(terms, FIELD_BOOSTS),
    sections,
    trigrams,
    phrases: buildPhraseIndex(sections.flatMap((section) => section.words.map((word) => [compact(word), section.id] as const))),
  };
}

/** Bumped whenever the saved form or the normalized text in it changes: a server given an index of another version builds its own. */
const FORMAT_VERSION = 4;

/** A search index as saved: the term index, the sections (with their normalized fields, too slow to redo at every start) and their trigram filters. */
interface SavedSearchIndex {
  version: number;
  terms: TermIndex;
  sections: IndexedSection[];
  trigrams: TrigramFilters;
}

/**
 * A search index as bytes, for the build to write once and servers to load (`loadSearchIndex`).
 * `v8.serialize` keeps the term index's typed arrays as bytes (no JSON numbers or base64 to
 * decode at start), reads 70,000 sections back in a fraction of the time JSON or cutting them
 * from the articles again takes, and its format can be stored: Node reads what older versions wrote.
 */
export function serializeSearchIndex(index: SearchIndex): Buffer {
  const saved: SavedSearchIndex = { version: FORMAT_VERSION, terms: index.terms, sections: index.sections, trigrams: index.trigrams };
  return serialize(saved);
}

/**
 * An index written by `serializeSearchIndex`, ready to search: nothing is normalized, tokenized
 * or indexed again. Throws when the bytes are not an index of this version.
 */
export function loadSearchIndex(bytes: Buffer): SearchIndex {
  const saved = deserialize(bytes) as SavedSearchIndex;
  if (saved.version !== FORMAT_VERSION) throw new Error(`search index: version ${String(saved.version)}, expected ${FORMAT_VERSION}`);
  if (!Array.isArray(saved.sections)) throw new Error("search index: no sections");
  const terms = checkTermIndex(saved.terms);
  if (terms.documentCount !== saved.sections.length) throw new Error("search index: its terms and sections do not fit together");
  return readyIndex(terms, saved.sections, checkTrigramFilters(saved.trigrams, saved.sections.length));
}

function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.min(Math.max(Math.floor(limit), 1), MAX_LIMIT) : DEFAULT_LIMIT;
}

/** The normalized texts a section can contain a word in: the article's title counts only for its top (see OWN_FIELDS). */
function containmentTexts(section: IndexedSection): string[] {
  return (section.kind === "lead" ? FIELDS : OWN_FIELDS).map((field) => section.normalized[field]);
}

/** How many of `words` a section contains outright (in its `containmentTexts`). */
function containedWords(section: IndexedSection | undefined, words: readonly string[]): number {
  if (section === undefined) return 0;
  const texts = containmentTexts(section);
  return words.filter((word) => texts.some((text) => text.includes(word))).length;
}

/**
 * Searches the index. The query is normalized like the index (NFKC, lower case, Traditional
 * to Simplified) and split into words at spaces, punctuation and the fillers of a question
 * (怎么办, 会不会, 吗); each word becomes bigrams, looked up with OR so partial matches still
 * count. Sections whose everyday words (search-words.yaml) the question contains come first,
 * the longest such word first; then sections that contain more of the query's words outright
 * (all words of a multi-word query before some); then the BM25 score (term-index.ts) with headings
 * boosted. At most three sections per article are kept. The order is worked out only as far as
 * the page of results needs it (`rankSections`), so common words, which match nearly every
 * section, cost no string search per match. Never throws: any string is a valid query.
 */
export function searchArticles(index: SearchIndex, query: string, { limit = DEFAULT_LIMIT }: { limit?: number } = {}): SearchResponse {
  const characters = [...query.trim()];
  const kept = characters.slice(0, MAX_QUERY_LENGTH).join("").trim();
  const normalizedQuery = normalizeForSearch(kept);
  const words = unique(questionWords(normalizedQuery));
  if (words.length === 0) return { kind: "empty" };
  const terms = unique(words.flatMap(queryTerms));
  const ranked = rankSections({
    matches: matchTerms(
      index.terms,
      index.impacts,
      terms.map((term) => ({ term, prefix: isSingleCjkCharacter(term) })),
    ),
    sectionCount: index.sections.length,
    phrases: phraseMatches(index.phrases, normalizedQuery.replace(/\s+/g, "")),
    words: words.map((word): QueryWord => {
      const trigrams = wordTrigrams(word);
      return {
        terms: queryTerms(word).map((term) => terms.indexOf(term)),
        cjk: isCjkWord(word),
        ...(trigrams.length > 0 && { mayBeIn: (id: number) => mayContain(index.trigrams, id, trigrams) }),
      };
    }),
    termCount: terms.length,
    contained: (id) => containedWords(index.sections[id], words),
  });

  const perArticle = new Map<string, number>();
  const results: SearchResult[] = [];
  for (const { section: id, phrase } of ranked) {
    if (results.length >= clampLimit(limit)) break;
    const section = index.sections[id];
    if (section === undefined) continue;
    const shown = perArticle.get(section.slug) ?? 0;
    if (shown >= MAX_SECTIONS_PER_ARTICLE) continue;
    perArticle.set(section.slug, shown + 1);
    const inText = [...words, ...(phrase?.phrases ?? [])].filter((word) => section.normalized.text.includes(word));
    const highlighted = inText.length > 0 ? inText : terms;
    results.push({
      slug: section.slug,
      articleTitle: section.articleTitle,
      sectionId: section.sectionId,
      sectionTitle: section.sectionTitle,
      kind: section.kind,
      href: `/articles/${section.slug}${section.sectionId === null ? "" : `#${section.sectionId}`}`,
      passage: buildPassage(section.text, highlighted),
    });
  }
  return { kind: "results", query: kept, truncated: characters.length > MAX_QUERY_LENGTH, results };
}
