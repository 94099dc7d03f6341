import { Converter as fromSimplified } from "opencc-js/cn2t";
import { Converter as fromTraditional } from "opencc-js/t2cn";

/**
 * Simplified ⇄ Traditional conversion with OpenCC's `cn` → `tw` pair: Taiwan standard
 * characters (借呗→借唄, 征信→徵信, 罚息→罰息, 里面→裡面) without the `twp` phrase layer,
 * which would swap vocabulary (短信→簡訊, 信息→資訊, 软件→軟體) and make product names and
 * financial terms harder to recognise next to what the 支付宝 App shows. `tw` rather than
 * plain `t` because `t` uses OpenCC's own variants (裏) that Taiwanese readers rarely see;
 * `hk` would suit Hong Kong readers less well than most Traditional readers. `tw` → `cn` is
 * the matching reverse: on every published article, simplified → traditional → simplified
 * gives the original text back.
 *
 * Building a converter loads large dictionaries (close to a second), so each is built once,
 * on first use, and reused.
 */
let simplifiedToTraditional: ((text: string) => string) | undefined;
let traditionalToSimplified: ((text: string) => string) | undefined;

/** Simplified Chinese text in Taiwan-standard Traditional characters; other text is unchanged. */
export function toTraditional(text: string): string {
  simplifiedToTraditional ??= fromSimplified({ from: "cn", to: "tw" });
  return simplifiedToTraditional(text);
}

/** Traditional Chinese text in Simplified characters (for queries); other text is unchanged. */
export function toSimplified(text: string): string {
  traditionalToSimplified ??= fromTraditional({ from: "tw", to: "cn" });
  return traditionalToSimplified(text);
}

/**
 * Pieces of one text in Traditional characters, converted as one text and cut again where they
 * met, so a word split between pieces converts as the word: 头|发 gives 頭|髮 where converting
 * each piece alone gives 頭|發. OpenCC's `cn` and `tw` tables replace every character and
 * phrase with the same number of code points, so the pieces keep their lengths in code points.
 */
export function piecesToTraditional(pieces: readonly string[]): string[] {
  const converted = [...toTraditional(pieces.join(""))];
  let start = 0;
  return pieces.map((piece) => {
    const length = [...piece].length;
    start += length;
    return converted.slice(start - length, start).join("");
  });
}
