import MiniSearch from "minisearch";
import type { Article } from "../content/schema";
import { searchableSections, type SearchableSection } from "./documents";
import { normalizeForSearch } from "./normalize";
import { buildPassage, type PassageSegment } from "./passage";
import { indexTerms, isSingleCjkCharacter, queryTerms, wordsOf } from "./tokenize";

export type { PassageSegment } from "./passage";

/** The indexed fields; a hit in a heading says more about a section than one in its body. */
const FIELDS = ["articleTitle", "sectionTitle", "text", "tags"] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { articleTitle: 1.5, sectionTitle: 3, text: 1, tags: 2 };
/**
 * Where a section must contain a word to count as containing it. The article title is left
 * out except for the article's top: otherwise every section of 《借呗逾期的后果：征信、罚息…》
 * would "contain" 罚息 and outrank sections of other articles that discuss it.
 */
const OWN_FIELDS: readonly Field[] = ["sectionTitle", "text", "tags"];

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
/** A result that contains none of the query's words must still match this share of its bigrams. */
const MIN_TERM_SHARE = 0.5;

interface IndexedSection extends SearchableSection {
  id: number;
  /** The indexed fields in normalized form (see `normalizeForSearch`). */
  normalized: Record<Field, string>;
}

/** Article sections indexed for `searchArticles`. */
export interface SearchIndex {
  miniSearch: MiniSearch<IndexedSection>;
  /** Indexed sections by id (MiniSearch keeps only ids). */
  sections: IndexedSection[];
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

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Builds the search index of the sections (and tops) of `articles`. */
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const sections = articles.flatMap(searchableSections).map(
    (section, id): IndexedSection => ({
      ...section,
      id,
      normalized: {
        articleTitle: normalizeForSearch(section.articleTitle),
        sectionTitle: normalizeForSearch(section.sectionTitle ?? ""),
        text: normalizeForSearch(section.text),
        tags: normalizeForSearch(section.tags.join(" ")),
      },
    }),
  );
  const miniSearch = new MiniSearch<IndexedSection>({
    fields: [...FIELDS],
    storeFields: [],
    extractField: (section, name) => (isField(name) ? section.normalized[name] : section.id),
    tokenize: indexTerms,
    processTerm: (term) => term,
    searchOptions: {
      // Queries arrive as lists of terms already made by `queryTerms`.
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: BOOST,
      prefix: isSingleCjkCharacter,
    },
  });
  miniSearch.addAll(sections);
  return { miniSearch, sections };
}

function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.min(Math.max(Math.floor(limit), 1), MAX_LIMIT) : DEFAULT_LIMIT;
}

/**
 * Searches the index. The query is normalized like the index (NFKC, lower case, Traditional
 * to Simplified), split into words at spaces and punctuation, and each word into bigrams,
 * which are looked up with OR so partial matches still count. Sections that contain more of
 * the words outright rank first (all words of a multi-word query before some), then by
 * MiniSearch's BM25 score with headings boosted. At most three sections per article are
 * kept. Never throws: any string is a valid query.
 */
export function searchArticles(index: SearchIndex, query: string, { limit = DEFAULT_LIMIT }: { limit?: number } = {}): SearchResponse {
  const characters = [...query.trim()];
  const kept = characters.slice(0, MAX_QUERY_LENGTH).join("").trim();
  const words = unique(wordsOf(normalizeForSearch(kept)));
  if (words.length === 0) return { kind: "empty" };
  const terms = unique(words.flatMap(queryTerms));

  const ranked = index.miniSearch
    .search({ combineWith: "OR", queries: terms })
    .flatMap((match) => {
      const section = index.sections[match.id as number];
      if (!section) return [];
      const fields = section.kind === "lead" ? FIELDS : OWN_FIELDS;
      const contained = words.filter((word) => fields.some((field) => section.normalized[field].includes(word))).length;
      const share = new Set(match.queryTerms).size / terms.length;
      return contained > 0 || share >= MIN_TERM_SHARE ? [{ section, contained, score: match.score }] : [];
    })
    .sort((a, b) => b.contained - a.contained || b.score - a.score || a.section.id - b.section.id);

  const perArticle = new Map<string, number>();
  const results: SearchResult[] = [];
  for (const { section } of ranked) {
    if (results.length >= clampLimit(limit)) break;
    const shown = perArticle.get(section.slug) ?? 0;
    if (shown >= MAX_SECTIONS_PER_ARTICLE) continue;
    perArticle.set(section.slug, shown + 1);
    const highlighted = words.some((word) => section.normalized.text.includes(word)) ? words : terms;
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
