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

/** True when a word (a run from `wordsOf`) is written in CJK characters, which are indexed as bigrams. */
export function isCjkWord(word: string): boolean {
  return CJK.test(word);
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

/**
 * Words of a question that say nothing about what it asks: 收到法院短信怎么办 is about 收到法院短信,
 * 会不会冻结我的银行卡 about 冻结 and 银行卡. Readers type whole questions; treating these as
 * separators keeps their bigrams (怎么, 么办) from outweighing the words that matter.
 */
const QUESTION_FILLERS = [
  "怎么办",
  "怎么样",
  "怎么",
  "如何",
  "会不会",
  "能不能",
  "可不可以",
  "是不是",
  "有没有",
  "要不要",
  "为什么",
  "什么",
  "请问",
  "我的",
  "我们",
  "我",
  "你们",
  "你",
];
const FILLER = new RegExp(QUESTION_FILLERS.join("|"), "gu");
/** Particles that end a question (借呗逾期会坐牢吗 → 借呗逾期会坐牢). */
const FINAL_PARTICLES = /[吗呢吧啊呀嘛了]+$/u;

/**
 * The words of a normalized query, with question fillers and final particles taken out. A
 * query that is nothing but fillers (怎么办) keeps its words as they are.
 */
export function questionWords(text: string): string[] {
  const words = wordsOf(text.replace(FILLER, " "))
    .map((word) => word.replace(FINAL_PARTICLES, ""))
    .filter((word) => word !== "");
  return words.length > 0 ? words : wordsOf(text);
}
