import TinyQueue from "tinyqueue";
import type { PhraseMatch } from "./phrases";
import { hasTerm, type TermMatches } from "./term-index";

/** A result that contains none of the query's words must still match this share of its bigrams. */
const MIN_TERM_SHARE = 0.5;

/**
 * The terms of a word of the query, as positions among the query's terms. `cjk`: the word is a
 * run of CJK characters, so a section can contain it only if it matched every one of its terms
 * (see `containable`).
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
 * The most query words a matched section can contain outright, from the terms it matched,
 * without reading its text. A field containing a CJK word has every bigram of it among its
 * index terms (all the word's characters are CJK, so it lies inside one run of the field), and
 * a field containing a single CJK character has a term starting with it, which the character's
 * prefix query matches. Other words are matched whole, but the exact check also finds them
 * inside longer words (app in whatsapp), so they always count as possible.
 */
export function containable(matches: TermMatches, section: number, words: readonly QueryWord[]): number {
  let count = 0;
  for (const word of words) {
    if (!word.cjk || word.terms.every((term) => hasTerm(matches, section, term))) count += 1;
  }
  return count;
}

/** Sections whose everyday words the question contains: longest word first, then more words contained, then score, then id. */
function phraseSections({ matches, phrases, contained }: RankInput): Ranked[] {
  if (phrases.size === 0) return [];
  return [...phrases]
    .map(([section, phrase]) => ({ section, phrase, contained: contained(section), score: matches.scores[section] ?? 0 }))
    .sort((a, b) => b.phrase.length - a.phrase.length || b.contained - a.contained || b.score - a.score || a.section - b.section)
    .map(({ section, phrase }) => ({ section, phrase }));
}

/**
 * The exact count of words contained, taken once per section and only when asked, never for a
 * section whose bound (`containable`, taken for every match at once) rules out the level asked
 * about.
 */
function containedCounts(input: RankInput) {
  const bounds = new Int16Array(input.sectionCount);
  for (const section of input.matches.documents) bounds[section] = containable(input.matches, section, input.words);
  const exact = new Int16Array(input.sectionCount).fill(-1);
  /** Whether the section contains exactly `level` of the query's words. */
  const isAtLevel = (section: number, level: number): boolean => {
    const most = bounds[section] ?? 0;
    if (most < level) return false;
    if (most === 0) return true;
    if (exact[section] === -1) exact[section] = input.contained(section);
    return exact[section] === level;
  };
  return { bounds, isAtLevel };
}

/**
 * The matched sections (everyday-word sections aside) that contain exactly `level` of the
 * query's words and are kept (at level 0 only those matching enough of the query's terms),
 * highest score first and, among equal scores, lowest id first. The candidates are put in a
 * heap (built in one pass) and taken out only as far as the reader asks.
 */
function* sectionsAtLevel(input: RankInput, level: number, counts: ReturnType<typeof containedCounts>): Generator<number> {
  const { matches, phrases, termCount } = input;
  const { bounds } = counts;
  const { scores, matchedTermCounts } = matches;
  const candidates: number[] = [];
  for (const section of matches.documents) {
    if ((bounds[section] ?? 0) < level || phrases.has(section)) continue;
    if (level === 0 && (matchedTermCounts[section] ?? 0) / termCount < MIN_TERM_SHARE) continue;
    candidates.push(section);
  }
  const queue = new TinyQueue(candidates, (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  for (let section = queue.pop(); section !== undefined; section = queue.pop()) {
    if (counts.isAtLevel(section, level)) yield section;
  }
}

/**
 * Sections in the order `searchArticles` documents: everyday-word sections first, then more
 * of the query's words contained outright, then BM25 score, then id. It is exactly the order
 * a full sort of every match gives, produced lazily, level by level from all words contained
 * down, each level in score order: a reader that stops after a page of results has had only
 * the sections above its last result placed. Every match is placed at its exact level;
 * `containable` only spares the string search where the matched terms show the section cannot
 * reach the level being read, so common words (逾期, 借呗), which match nearly every section,
 * cost no string search per match. A level that few sections reach still reads every match,
 * at the cost of a cached lookup per match.
 */
export function* rankSections(input: RankInput): Generator<Ranked> {
  yield* phraseSections(input);
  const counts = containedCounts(input);
  for (let level = input.words.length; level >= 0; level -= 1) {
    for (const section of sectionsAtLevel(input, level, counts)) yield { section, phrase: undefined };
  }
}
