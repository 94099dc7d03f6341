import TinyQueue from "tinyqueue";
import type { PhraseMatch } from "./phrases";
import type { TermMatches } from "./term-index";

/** A result that contains none of the query's words must still match this share of its bigrams. */
const MIN_TERM_SHARE = 0.5;

/**
 * The terms of a word of the query, as positions among the query's terms. `cjk`: the word is a
 * run of CJK characters, so a section can contain it only if it matched every one of its terms
 * (see `containableCounts`).
 */
export interface QueryWord {
  terms: readonly number[];
  cjk: boolean;
}

export interface RankInput {
  /** The sections that have any of the query's terms, scored (term-index.ts). */
  matches: TermMatches;
  /** How many sections the index has: sections are numbered from 0. */
  sectionCount: number;
  /** Sections whose everyday words the question contains, by section id. */
  phrases: ReadonlyMap<number, PhraseMatch>;
  words: readonly QueryWord[];
  /** How many distinct terms the query has. */
  termCount: number;
  /** How many of the query's words the section contains outright: the exact check, a string search per word and field. */
  contained: (section: number) => number;
}

export interface Ranked {
  section: number;
  phrase: PhraseMatch | undefined;
}

/**
 * Up to this many query terms, a section's bound is looked up in a table by the bits of the
 * terms it matched (a 1 KiB table at most); past it, each CJK word's bits are checked.
 */
const BOUND_TABLE_TERMS = 10;

/**
 * The most query words each matched section can contain outright, from the terms it matched,
 * without reading its text, by section. A field containing a CJK word has every bigram of it
 * among its index terms (all the word's characters are CJK, so it lies inside one run of the
 * field), and a field containing a single CJK character has a term starting with it, which the
 * character's prefix query matches. Other words are matched whole, but the exact check also
 * finds them inside longer words (app in whatsapp), so they always count as possible. A CJK
 * word's terms are looked up as masks of the bits they set in `termBits` (see `hasTerm`); tens
 * of thousands of sections may match, so for a query of few terms every combination of bits
 * is counted once, in a table, and each section costs one lookup.
 */
function containableCounts({ matches, sectionCount, words, termCount }: RankInput): Uint8Array {
  const { documents, termBits, termWords } = matches;
  const otherWords = words.filter((word) => !word.cjk).length;
  /** Each CJK word's bits, as pairs of entry (among a section's `termWords`) and mask. */
  const wordMasks = words
    .filter((word) => word.cjk)
    .map((word) => {
      const masks = new Map<number, number>();
      for (const term of word.terms) masks.set(term >>> 5, (masks.get(term >>> 5) ?? 0) | (1 << (term & 31)));
      return [...masks].map(([entry, mask]) => ({ entry, mask: mask >>> 0 }));
    });
  const boundOf = (bits: (entry: number) => number) =>
    otherWords + wordMasks.filter((masks) => masks.every(({ entry, mask }) => (bits(entry) & mask) >>> 0 === mask)).length;
  const bounds = new Uint8Array(sectionCount);
  if (termCount <= BOUND_TABLE_TERMS) {
    const table = new Uint8Array(1 << termCount);
    for (let bits = 0; bits < table.length; bits += 1) table[bits] = boundOf(() => bits);
    for (const section of documents) bounds[section] = table[termBits[section] ?? 0] ?? 0;
  } else {
    for (const section of documents) bounds[section] = boundOf((entry) => termBits[section * termWords + entry] ?? 0);
  }
  return bounds;
}

/** Sections whose everyday words the question contains: longest word first, then more words contained, then score, then id. */
function phraseSections({ matches, phrases, contained }: RankInput): Ranked[] {
  if (phrases.size === 0) return [];
  return [...phrases]
    .map(([section, phrase]) => ({ section, phrase, contained: contained(section), score: matches.scores[section] ?? 0 }))
    .sort((a, b) => b.phrase.length - a.phrase.length || b.contained - a.contained || b.score - a.score || a.section - b.section)
    .map(({ section, phrase }) => ({ section, phrase }));
}

/** Whether a section that contains none of the query's words matched enough of its terms to be listed. */
function hasEnoughTerms({ matches, termCount }: RankInput, section: number): boolean {
  return (matches.matchedTermCounts[section] ?? 0) >= termCount * MIN_TERM_SHARE;
}

/**
 * The matched sections (everyday-word sections aside) by the most query words they can contain
 * (`containableCounts`), one list per level; at level 0 only those that match enough of the
 * query's terms.
 */
function sectionsByBound(input: RankInput, bounds: Uint8Array): number[][] {
  const { documents } = input.matches;
  const { phrases } = input;
  const levels = Array.from({ length: input.words.length + 1 }, (): number[] => []);
  for (let entry = 0; entry < documents.length; entry += 1) {
    const section = documents[entry] ?? 0;
    const bound = bounds[section] ?? 0;
    if ((bound > 0 || hasEnoughTerms(input, section)) && (phrases.size === 0 || !phrases.has(section))) levels[bound]?.push(section);
  }
  return levels;
}

/**
 * Sections in the order `searchArticles` documents: everyday-word sections first, then more
 * of the query's words contained outright, then BM25 score, then id. It is exactly the order
 * a full sort of every match gives, produced lazily, level by level from all words contained
 * down. Each section starts at the level of its bound (`containableCounts`, taken for every
 * match at once from the terms it matched); a level's sections go into a heap (`tinyqueue`,
 * built in one pass) and are taken out best first, only as far as the reader asks. A section taken out at
 * its bound's level is checked once, with a string search per word and field: if it contains
 * fewer words, it moves down to the list of the level it belongs to, which is still to come. So common
 * words (逾期, 借呗), which match nearly every section, cost no string search per match.
 */
export function* rankSections(input: RankInput): Generator<Ranked> {
  yield* phraseSections(input);
  const bounds = containableCounts(input);
  const levels = sectionsByBound(input, bounds);
  const { scores } = input.matches;
  for (let level = levels.length - 1; level >= 0; level -= 1) {
    const candidates = levels[level] ?? [];
    const queue = new TinyQueue(candidates, (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    for (let section = queue.pop(); section !== undefined; section = queue.pop()) {
      // A section below its bound's level was checked when it left that level.
      const contained = level > 0 && bounds[section] === level ? input.contained(section) : level;
      if (contained === level) yield { section, phrase: undefined };
      else if (contained > 0 || hasEnoughTerms(input, section)) levels[contained]?.push(section);
    }
  }
}
