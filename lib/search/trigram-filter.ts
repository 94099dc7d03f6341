import { isCjkWord, wordsOf } from "./tokenize";

/**
 * A Bloom filter per section of the CJK trigrams of the text it can contain a query word in:
 * a cheap "surely not" before the string search of the exact check. The bigram index says only
 * that a section has every bigram of 还款合同 somewhere, and in a corpus about loans thousands of
 * sections have 还款 in one place and 借款合同 in another; each of them used to be read in
 * full to find that it does not contain the word. A section containing a CJK word of three or
 * more characters has all of the word's trigrams inside one CJK run of one field, so a section
 * whose filter lacks one of them cannot contain it. A filter never says no to a trigram that is
 * there; it says yes to one that is not for about 5 % of trigrams (BITS_PER_TRIGRAM, two bits per
 * trigram), so a word of four characters (two trigrams) gets past the filter of a section that
 * lacks both in about 1 case in 400.
 */
export interface TrigramFilters {
  /** Where each section's filter starts in `bits`, in 32-bit words; the entry after it is where it ends. */
  start: Uint32Array;
  /** The filters' bits, one run of whole 32-bit words per section. */
  bits: Uint32Array;
}

/** Bits of filter per distinct trigram of a section: with two bits set per trigram, about 5 % false yes. */
const BITS_PER_TRIGRAM = 8;

/**
 * The two bit positions of a trigram, as one 32-bit hash of its code points and a second one
 * derived from it (double hashing: the second probe need not be independent for a filter this small).
 */
function trigramHashes(first: number, second: number, third: number): [number, number] {
  let hash = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13) ^ second, 0xc2b2ae35);
  hash = Math.imul(hash ^ (hash >>> 16) ^ third, 0x27d4eb2f);
  hash ^= hash >>> 15;
  const other = Math.imul(hash ^ (hash >>> 16), 0x165667b1) ^ 0x5bd1e995;
  return [hash >>> 0, (other ^ (other >>> 13)) >>> 0];
}

/** The trigrams of the CJK runs of `texts`, as pairs of hashes (a trigram repeated is listed again: setting a bit twice changes nothing). */
function textTrigrams(texts: readonly string[]): [number, number][] {
  const trigrams: [number, number][] = [];
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (!isCjkWord(word)) continue;
      const codePoints = Array.from(word, (character) => character.codePointAt(0) ?? 0);
      for (let at = 0; at + 2 < codePoints.length; at += 1) {
        trigrams.push(trigramHashes(codePoints[at] ?? 0, codePoints[at + 1] ?? 0, codePoints[at + 2] ?? 0));
      }
    }
  }
  return trigrams;
}

/** The bit a hash sets in a filter of `size` bits: its place in [0, size), by multiplying rather than dividing. */
function bitOf(hash: number, size: number): number {
  return Math.floor((hash * size) / 2 ** 32);
}

/** The filters of `sections`, each given as the normalized texts a word may be contained in. */
export function buildTrigramFilters(sections: readonly (readonly string[])[]): TrigramFilters {
  const trigramsOf = sections.map(textTrigrams);
  const start = new Uint32Array(sections.length + 1);
  trigramsOf.forEach((trigrams, section) => {
    // Sized by the distinct trigrams, counted by their first hash (two that share it are too rare to matter here).
    const distinct = new Set(trigrams.map(([hash]) => hash)).size;
    start[section + 1] = (start[section] ?? 0) + Math.max(1, Math.ceil((distinct * BITS_PER_TRIGRAM) / 32));
  });
  const bits = new Uint32Array(start[sections.length] ?? 0);
  trigramsOf.forEach((trigrams, section) => {
    const first = start[section] ?? 0;
    const size = ((start[section + 1] ?? 0) - first) * 32;
    for (const hashes of trigrams) {
      for (const hash of hashes) {
        const bit = bitOf(hash, size);
        bits[first + (bit >>> 5)] = (bits[first + (bit >>> 5)] ?? 0) | (1 << (bit & 31));
      }
    }
  });
  return { start, bits };
}

/** A query word's trigrams, as their hashes one after the other, for `mayContain`; none for a word that is not CJK or is shorter than three characters. */
export function wordTrigrams(word: string): Uint32Array {
  return Uint32Array.from(isCjkWord(word) ? textTrigrams([word]).flat() : []);
}

/** False when `section` surely does not contain the word whose trigrams (`wordTrigrams`) are given; true when it may. */
export function mayContain({ start, bits }: TrigramFilters, section: number, trigrams: Uint32Array): boolean {
  const first = start[section] ?? 0;
  const size = ((start[section + 1] ?? 0) - first) * 32;
  for (let at = 0; at < trigrams.length; at += 1) {
    const bit = bitOf(trigrams[at] ?? 0, size);
    if (((bits[first + (bit >>> 5)] ?? 0) & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** Trigram filters read back from a saved search index; throws when they are not ones for `sectionCount` sections. */
export function checkTrigramFilters(value: unknown, sectionCount: number): TrigramFilters {
  const filters = value as TrigramFilters;
  const typed =
    typeof filters === "object" && filters !== null && filters.start instanceof Uint32Array && filters.bits instanceof Uint32Array;
  if (!typed || filters.start.length !== sectionCount + 1 || filters.start[sectionCount] !== filters.bits.length) {
    throw new Error("search index: its trigram filters do not fit its sections");
  }
  return filters;
}
