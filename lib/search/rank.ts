import type { PhraseMatch } from "./phrases";

/** A result that contains none of the query's words must still match this share of its bigrams. */
const MIN_TERM_SHARE = 0.5;

/** A section MiniSearch matched: its id, its BM25 score and the query terms it matched (each once). */
export interface Match {
  id: number;
  score: number;
  queryTerms: readonly string[];
}

/**
 * The terms of a word of the query. `cjk`: the word is a run of CJK characters, so a section
 * can contain it only if MiniSearch matched every one of its terms in that section (see `containable`).
 */
export interface QueryWord {
  terms: readonly string[];
  cjk: boolean;
}

export interface RankInput {
  /** MiniSearch's matches, highest score first, as `search` returns them. */
  matches: readonly Match[];
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
 * The most query words a matched section can contain outright, from the terms MiniSearch
 * matched, without reading its text. A field containing a CJK word has every bigram of it
 * among its index terms (all the word's characters are CJK, so it lies inside one run of the
 * field), and a field containing a single CJK character has a term starting with it, which the
 * character's prefix query matches. Other words are matched by MiniSearch whole, but the exact
 * check also finds them inside longer words (app in whatsapp), so they always count as possible.
 */
export function containable(match: Match, words: readonly QueryWord[]): number {
  let count = 0;
  for (const word of words) {
    if (!word.cjk || word.terms.every((term) => match.queryTerms.includes(term))) count += 1;
  }
  return count;
}

/** Sections whose everyday words the question contains: longest word first, then more words contained, then score, then id. */
function phraseSections({ matches, phrases, contained }: RankInput): Ranked[] {
  if (phrases.size === 0) return [];
  const scores = new Map<number, number>();
  for (const match of matches) if (phrases.has(match.id)) scores.set(match.id, match.score);
  return [...phrases]
    .map(([section, phrase]) => ({ section, phrase, contained: contained(section), score: scores.get(section) ?? 0 }))
    .sort((a, b) => b.phrase.length - a.phrase.length || b.contained - a.contained || b.score - a.score || a.section - b.section)
    .map(({ section, phrase }) => ({ section, phrase }));
}

/**
 * Whether the match at a position contains exactly `level` of the query's words. Both the
 * bound (`containable`) and the exact count are taken once per match and only when asked;
 * the exact count is never taken for a match whose bound rules it out.
 */
function levelTest(input: RankInput): (position: number, match: Match, level: number) => boolean {
  const bounds: number[] = [];
  const exact: number[] = [];
  return (position, match, level) => {
    const bound = (bounds[position] ??= containable(match, input.words));
    if (bound < level) return false;
    if (bound === 0) return true;
    return (exact[position] ??= input.contained(match.id)) === level;
  };
}

const byId = (a: number, b: number) => a - b;

/**
 * The matched sections (everyday-word sections aside) that contain exactly `level` of the
 * query's words and are kept (at level 0 only those matching enough of the query's terms),
 * highest score first and, among equal scores, lowest id first: MiniSearch's order, with each
 * run of equal scores sorted by id. It reads the matches only as far as its reader asks.
 */
function* sectionsAtLevel(input: RankInput, level: number, isAtLevel: ReturnType<typeof levelTest>): Generator<number> {
  let run: number[] = [];
  let runScore = Number.NaN;
  for (let position = 0; position < input.matches.length; position += 1) {
    const match = input.matches[position];
    if (match === undefined || input.phrases.has(match.id) || !isAtLevel(position, match, level)) continue;
    if (level === 0 && match.queryTerms.length / input.termCount < MIN_TERM_SHARE) continue;
    if (match.score !== runScore) {
      yield* run.sort(byId);
      run = [];
      runScore = match.score;
    }
    run.push(match.id);
  }
  yield* run.sort(byId);
}

/**
 * Sections in the order `searchArticles` documents: everyday-word sections first, then more
 * of the query's words contained outright, then BM25 score, then id. It is exactly the order
 * a full sort of every match gives, produced lazily, level by level from all words contained
 * down, each level in MiniSearch's score order: a reader that stops after a page of results
 * has had only the matches above its last result placed. Every match is placed at its exact
 * level; `containable` only spares the string search where MiniSearch's matched terms show
 * the section cannot reach the level being read, so common words (逾期, 借呗), which match
 * nearly every section, no longer cost a string search per match. A level that few sections
 * reach still reads every match, at the cost of a cached lookup per match.
 */
export function* rankSections(input: RankInput): Generator<Ranked> {
  yield* phraseSections(input);
  const isAtLevel = levelTest(input);
  for (let level = input.words.length; level >= 0; level -= 1) {
    for (const section of sectionsAtLevel(input, level, isAtLevel)) yield { section, phrase: undefined };
  }
}
