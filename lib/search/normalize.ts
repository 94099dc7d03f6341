import { toSimplified, toTraditional } from "../script/convert";

/** Normalized forms of the code points seen so far; bounded so arbitrary queries cannot grow it forever. */
const normalizedCodePoints = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Simplified script for one character. A character that already is the Simplified form of its
 * Traditional one stays as it is: on its own, OpenCC reads 么 as the Traditional character for
 * 幺, so converting it would turn the 怎么 of a Simplified question into 怎幺 while the
 * Traditional 怎麼 becomes 怎么, and the two scripts would no longer search alike.
 */
function simplifiedCharacter(character: string): string {
  const simplified = toSimplified(character);
  return simplified !== character && toSimplified(toTraditional(character)) === character ? character : simplified;
}

/** NFKC, lower case and Simplified script for one code point. */
function normalizeCodePoint(codePoint: string): string {
  const cached = normalizedCodePoints.get(codePoint);
  if (cached !== undefined) return cached;
  const normalized = simplifiedCharacter(codePoint.normalize("NFKC").toLowerCase());
  if (normalizedCodePoints.size < CACHE_LIMIT) normalizedCodePoints.set(codePoint, normalized);
  return normalized;
}

/**
 * The form both the index and queries are compared in: NFKC (full-width letters and digits
 * become ASCII), lower case, and Simplified characters, so 罰息/徵信/協商 find 罚息/征信/协商.
 * It works one code point at a time, which keeps it cheap (a cached lookup per character)
 * and lets `sourceIndex`, when given, receive for every UTF-16 unit of the result the index
 * in `text` it came from, plus `text.length` at the end, to map hits back to the original.
 * Character-by-character script conversion ignores OpenCC's phrase rules; that is harmless
 * here because queries and the index go through the same function.
 */
export function normalizeForSearch(text: string, sourceIndex?: number[]): string {
  let result = "";
  let position = 0;
  for (const codePoint of text) {
    const normalized = codePoint.charCodeAt(0) < 0x80 ? codePoint.toLowerCase() : normalizeCodePoint(codePoint);
    result += normalized;
    if (sourceIndex) for (let unit = 0; unit < normalized.length; unit += 1) sourceIndex.push(position);
    position += codePoint.length;
  }
  sourceIndex?.push(text.length);
  return result;
}
