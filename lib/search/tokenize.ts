/**
 * Chinese has no spaces, and `Intl.Segmenter("zh")` in Node 20 does not know this site's
 * vocabulary: it splits 罚息 into 罚|息 and 征信 into 征|信, so a word-based index would
 * match every 息 and 信. Overlapping character bigrams need no dictionary, and since most
 * Chinese words are two characters long, a bigram query finds exactly those words; longer
 * words become several bigrams that must all be present. Runs of other letters and digits
 * (App, 95188) stay whole words. Text reaching these functions is already normalized.
 */

/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK_CLASS = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]";
const CJK = new RegExp(CJK_CLASS, "u");
/** Maximal runs of CJK characters, or of other letters, marks and digits; everything else separates. */
const RUNS = new RegExp(`${CJK_CLASS}+|(?:(?!${CJK_CLASS})[\\p{L}\\p{M}\\p{N}])+`, "gu");

/** The words of normalized text: runs of CJK characters or of other letters and digits. */
export function wordsOf(text: string): string[] {
  return text.match(RUNS) ?? [];
}

/** True when a token is a single CJK character (a query that must match as a prefix). */
export function isSingleCjkCharacter(token: string): boolean {
  return [...token].length === 1 && CJK.test(token);
}

function bigrams(characters: readonly string[]): string[] {
  return characters.slice(0, -1).map((character, index) => character + characters[index + 1]);
}

/**
 * Index terms: each CJK run's bigrams plus its last character alone, so that every
 * character starts some term and a one-character query can match by prefix; other words whole.
 */
export function indexTerms(text: string): string[] {
  return wordsOf(text).flatMap((word) => {
    if (!CJK.test(word)) return [word];
    const characters = [...word];
    return [...bigrams(characters), characters[characters.length - 1] as string];
  });
}

/** Query terms of one word: bigrams of a CJK word (the character itself when it has one), or the word. */
export function queryTerms(word: string): string[] {
  if (!CJK.test(word)) return [word];
  const characters = [...word];
  return characters.length === 1 ? characters : bigrams(characters);
}
