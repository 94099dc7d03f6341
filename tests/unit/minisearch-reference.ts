import MiniSearch from "minisearch";
import type { SearchIndex } from "@/lib/search";
import { indexTerms, isSingleCjkCharacter } from "@/lib/search/tokenize";

/** The indexed fields and their boosts, as lib/search/index.ts sets them. */
export const FIELDS = ["articleTitle", "sectionTitle", "text", "tags", "words"] as const;
export const BOOST = { articleTitle: 1.5, sectionTitle: 3, text: 1, tags: 2, words: 3 };

type Section = SearchIndex["sections"][number];

/**
 * MiniSearch over the same sections, tokenized and boosted as the site's index is: the
 * reference its BM25 scores are compared with (lib/search/term-index.ts scores as MiniSearch 7 does).
 */
export function miniSearchOf(index: Pick<SearchIndex, "sections">): MiniSearch<Section> {
  const miniSearch = new MiniSearch<Section>({
    fields: [...FIELDS],
    storeFields: [],
    extractField: (section, name) => (name === "id" ? section.id : section.normalized[name as (typeof FIELDS)[number]]),
    tokenize: indexTerms,
    processTerm: (term) => term,
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, boost: BOOST, prefix: isSingleCjkCharacter },
  });
  miniSearch.addAll(index.sections);
  return miniSearch;
}
