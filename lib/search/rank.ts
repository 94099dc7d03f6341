import TinyQueue from "tinyqueue";
import type { PhraseMatch } from "./phrases";
import type { TermMatches } from "./term-index";

/** A result that contains none of the query's words must still match this share of its bigrams. */
const MIN_TERM_SHARE = 0.5;

/**
 * The terms of a word of the query, as positions among the query's terms. `cjk`: the word is a
 * run of CJK characters, so a section can contain it only if it matched every one of its terms
 * (see `boundsOfSections`).
 */
export interface QueryWord {
  terms: readonly number[];
  cjk: boolean;
  /** A cheap test, false when a section surely does not contain the word outright; absent when there is none. */
  mayBeIn?: (section: number) => boolean;
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
 * Writes into `bounds`, for each of `sections`, the most query words it can contain outright,
 * from the terms it matched, without reading its text. A field containing a CJK word has every
 * bigram of it among its index terms (all the word's characters are CJK, so it lies inside one
 * run of the field), and a field containing a single CJK character has a term starting with it,
 * which the character's prefix query matches. Other words are matched whole, but the exact
 * check also finds them inside longer words (app in whatsapp), so they always count as
 * possible. A word whose terms a section all matched still does not count when its `mayBeIn`
 * test says no.
 * A CJK word's terms are looked up as masks of the bits they set in `termBits` (see `hasTerm`);
 * tens of thousands of sections may match, so for a query of few terms every combination of
 * bits is worked out once, in a table, and each section costs one lookup (and the tests of the
 * words the table leaves to them), in a loop of its own rather than a call per section.
 */
function boundsOfSections({ matches, words, termCount }: RankInput, sections: Uint32Array, bounds: Uint8Array): void {
  const { termBits, termWords } = matches;
  const otherWords = words.filter((word) => !word.cjk).length;
  /** Each CJK word's bits, as pairs of entry (among a section's `termWords`) and mask, and its test. */
  const cjkWords = words
    .filter((word) => word.cjk)
    .map(({ terms, mayBeIn }) => {
      const masks = new Map<number, number>();
      for (const term of terms) masks.set(term >>> 5, (masks.get(term >>> 5) ?? 0) | (1 << (term & 31)));
      return { masks: [...masks].map(([entry, mask]) => ({ entry, mask: mask >>> 0 })), mayBeIn };
    });
  const matchedAll = ({ masks }: (typeof cjkWords)[number], bits: (entry: number) => number) =>
    masks.every(({ entry, mask }) => (bits(entry) & mask) >>> 0 === mask);
  if (termCount > BOUND_TABLE_TERMS) {
    for (const section of sections) {
      bounds[section] =
        otherWords +
        cjkWords.filter(
          (word) => matchedAll(word, (entry) => termBits[section * termWords + entry] ?? 0) && (word.mayBeIn?.(section) ?? true),
        ).length;
    }
    return;
  }
  /** By bits: the words counted without a test, and the tests of the others the bits allow. */
  const counted = new Uint8Array(1 << termCount);
  const tests: ((section: number) => boolean)[][] = [];
  for (let bits = 0; bits < counted.length; bits += 1) {
    const possible = cjkWords.filter((word) => matchedAll(word, () => bits));
    counted[bits] = otherWords + possible.filter((word) => word.mayBeIn === undefined).length;
    tests[bits] = possible.flatMap((word) => word.mayBeIn ?? []);
  }
  for (let entry = 0; entry < sections.length; entry += 1) {
    const section = sections[entry] ?? 0;
    const bits = termBits[section] ?? 0;
    let bound = counted[bits] ?? 0;
    const left = tests[bits] ?? [];
    for (let test = 0; test < left.length; test += 1) if (left[test]?.(section) === true) bound += 1;
    bounds[section] = bound;
  }
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
 * The matched sections' bounds (`boundsOfSections`), and the sections (everyday-word ones aside)
 * sorted by bound, one run of a typed array per bound; at 0 only those that match enough of the
 * query's terms (`hasEnoughTerms`). The listed ones are gathered and counted in one pass over
 * the matches and then placed, since tens of thousands of sections pushed one by one onto lists
 * cost more than all the scoring, and most matches of a question of common words are not
 * listed at all (they matched one common bigram of several). The two passes are functions of
 * their own, with nothing after the loop: V8 compiles such a loop while it runs (on-stack
 * replacement), and when code after it had not yet run, the compiled loop kept giving up there
 * (1,781 times in 10 s of load, about every other search, seen with --trace-deopt).
 */
function sectionsByBound(input: RankInput): { bounds: Uint8Array; levels: Uint32Array[] } {
  const { documents } = input.matches;
  const bounds = new Uint8Array(input.sectionCount);
  boundsOfSections(input, documents, bounds);
  const levelStart = new Uint32Array(input.words.length + 2);
  const listed = new Uint32Array(documents.length);
  const listedCount = gatherListed(input, bounds, listed, levelStart);
  for (let level = 1; level < levelStart.length; level += 1) levelStart[level] = (levelStart[level] ?? 0) + (levelStart[level - 1] ?? 0);
  const sorted = new Uint32Array(listedCount);
  placeByLevel(listed.subarray(0, listedCount), bounds, levelStart.slice(), sorted);
  const levels = Array.from({ length: input.words.length + 1 }, (_, level) => sorted.subarray(levelStart[level], levelStart[level + 1]));
  return { bounds, levels };
}

/**
 * Puts the listed ones among the matches into `listed` and counts them per level, at
 * `levelStart[bound + 1]`; returns how many there are.
 */
function gatherListed(
  { matches, phrases, termCount }: RankInput,
  bounds: Uint8Array,
  listed: Uint32Array,
  levelStart: Uint32Array,
): number {
  const { documents, matchedTermCounts } = matches;
  const enoughTerms = termCount * MIN_TERM_SHARE;
  const anyPhrase = phrases.size > 0;
  let listedCount = 0;
  for (let entry = 0; entry < documents.length; entry += 1) {
    const section = documents[entry] ?? 0;
    const bound = bounds[section] ?? 0;
    if (bound === 0 && (matchedTermCounts[section] ?? 0) < enoughTerms) continue;
    if (anyPhrase && phrases.has(section)) continue;
    listed[listedCount++] = section;
    levelStart[bound + 1] = (levelStart[bound + 1] ?? 0) + 1;
  }
  return listedCount;
}

/** Places `listed` into `sorted` by bound, the sections of bound b from `next[b]` on. */
function placeByLevel(listed: Uint32Array, bounds: Uint8Array, next: Uint32Array, sorted: Uint32Array): void {
  for (let entry = 0; entry < listed.length; entry += 1) {
    const section = listed[entry] ?? 0;
    const bound = bounds[section] ?? 0;
    sorted[(next[bound] = (next[bound] ?? 0) + 1) - 1] = section;
  }
}

/**
 * How many of a level's best sections are picked in one pass before the rest go into a heap:
 * more than a page of results needs (ten results, at most three from one article), so the heap
 * is seldom built at all.
 */
const FIRST_PICK = 64;

/**
 * The sections of `parts` best first (higher score, then lower id). Many sections are first
 * read once for their FIRST_PICK best, kept in a small heap whose worst one each section is
 * compared with; only a reader who wants more than those gets the rest from a heap of all that
 * rank after them (`tinyqueue`, built in one pass).
 */
function* bestFirst(parts: readonly ArrayLike<number>[], scores: Float64Array): Generator<number> {
  const better = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
  const all = () => parts.flatMap((part) => Array.from(part));
  let count = 0;
  for (const part of parts) count += part.length;
  if (count <= FIRST_PICK * 4) {
    yield* heapOrder(all(), better);
    return;
  }
  const picked = new TinyQueue<number>([], (a, b) => better(b, a));
  // The worst of those picked, as its score and id, compared with each section without a call.
  let worst = -1;
  let worstScore = Number.NEGATIVE_INFINITY;
  for (const part of parts) {
    for (let entry = 0; entry < part.length; entry += 1) {
      const section = part[entry] ?? 0;
      const score = scores[section] ?? 0;
      if (picked.length === FIRST_PICK) {
        if (score < worstScore || (score === worstScore && section > worst)) continue;
        picked.pop();
      }
      picked.push(section);
      worst = picked.peek() ?? 0;
      worstScore = scores[worst] ?? 0;
    }
  }
  const best: number[] = [];
  for (let section = picked.pop(); section !== undefined; section = picked.pop()) best.push(section);
  best.reverse();
  yield* best;
  yield* heapOrder(
    all().filter((section) => better(worst, section) < 0),
    better,
  );
}

/** `sections` in the order of `compare`, from a heap built in one pass and emptied only as far as the reader asks. */
function* heapOrder(sections: number[], compare: (a: number, b: number) => number): Generator<number> {
  const queue = new TinyQueue(sections, compare);
  for (let section = queue.pop(); section !== undefined; section = queue.pop()) yield section;
}

/**
 * Sections in the order `searchArticles` documents: everyday-word sections first, then more
 * of the query's words contained outright, then BM25 score, then id. It is exactly the order
 * a full sort of every match gives, produced lazily, level by level from all words contained
 * down. Each section starts at the level of its bound (`boundsOfSections`, taken for every match
 * from the terms it matched); a level's sections are taken out best first (`bestFirst`), only
 * as far as the reader asks. A section taken out at its bound's level is checked once, with a
 * string search per word and field: if it contains fewer words, it moves down to the level it
 * belongs to, which is still to come. So common words (逾期, 借呗), which match nearly every
 * section, cost no string search per match.
 */
export function* rankSections(input: RankInput): Generator<Ranked> {
  yield* phraseSections(input);
  const { bounds, levels } = sectionsByBound(input);
  /** By level: the sections that moved down to it. */
  const movedDown = levels.map((): number[] => []);
  for (let level = levels.length - 1; level >= 0; level -= 1) {
    for (const section of bestFirst([levels[level] ?? [], movedDown[level] ?? []], input.matches.scores)) {
      // A section below its bound's level was checked when it left that level.
      const contained = level > 0 && bounds[section] === level ? input.contained(section) : level;
      if (contained === level) yield { section, phrase: undefined };
      else if (contained > 0 || hasEnoughTerms(input, section)) movedDown[contained]?.push(section);
    }
  }
}
