import { ConverterBuilder, type ConverterOptions, type LocalePreset } from "opencc-js/core";
import * as simplifiedPreset from "opencc-js/preset/cn2t";
import * as traditionalPreset from "opencc-js/preset/t2cn";
import { processWide } from "../site/process-wide";
import { PHRASES, TRADITIONAL_PHRASES } from "./phrases";

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
 * Simplified → Traditional also uses the site's phrases (`phrases.ts`). They are added to
 * OpenCC's `s2tw` configuration itself (opencc-js's `ConverterBuilder` with the configurations
 * its presets export), in front of its phrase tables in both the segmentation dictionary and
 * the first conversion step, so they take part in the same longest-match segmentation as
 * OpenCC's own phrases and everything else (normalization, the Taiwan variants step) stays as
 * `Converter({ from: "cn", to: "tw" })` does it. (The README's `ConverterFactory` recipe for
 * adding words skips that configuration's segmentation and normalization.) Traditional →
 * Simplified gets the few phrases OpenCC reads wrongly in the site's Traditional text the same
 * way, in front of its `tw2s` configuration's Taiwan-variant step.
 *
 * Building a converter loads large dictionaries (close to a second), so each is built once per
 * process, on first use, and reused by every route (`processWide`).
 */

/** Phrase pairs as an OpenCC dictionary string ("from to|from to"), the form segmentation dictionaries take. */
function dictionary(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([from, to]) => `${from} ${to}`).join("|");
}

/**
 * A converter for OpenCC's configuration `name` of `preset` (as `Converter` builds it) with
 * `pairs` in front of its own phrases: first in the segmentation dictionary and in the first
 * conversion step, so they win over every OpenCC phrase of the same or a shorter length that
 * starts at the same place.
 */
function withPhrases(
  preset: LocalePreset,
  name: string,
  pairs: readonly (readonly [string, string])[],
  options: ConverterOptions,
): (text: string) => string {
  const config = preset.configs?.[name];
  const [firstStep, ...laterSteps] = config?.conversionChain ?? [];
  // A list of dictionary strings at run time, though the preset's type says a single dictionary.
  const segmentation: unknown = config?.segmentation;
  if (!config || !firstStep || !Array.isArray(segmentation) || !segmentation.every((dict): dict is string => typeof dict === "string")) {
    throw new Error(`opencc-js: unexpected ${name} configuration`);
  }
  // OpenCC cannot load an empty dictionary string.
  const phrases = pairs.length > 0 ? [dictionary(pairs)] : [];
  // Spread so that the parts the type leaves out (the normalization chain) are kept.
  const withSitePhrases = {
    ...config,
    segmentation: [...phrases, ...segmentation],
    conversionChain: [[...phrases, ...firstStep], ...laterSteps],
  };
  return ConverterBuilder({ from: preset.from, to: preset.to, configs: { [name]: withSitePhrases } })(options);
}

/** Simplified Chinese text in Taiwan-standard Traditional characters; other text is unchanged. */
export function toTraditional(text: string): string {
  return processWide("opencc-s2tw", () => withPhrases(simplifiedPreset, "s2tw", PHRASES, { from: "cn", to: "tw" }))(text);
}

/** Traditional Chinese text in Simplified characters (for queries); other text is unchanged. */
export function toSimplified(text: string): string {
  return processWide("opencc-tw2s", () => withPhrases(traditionalPreset, "tw2s", TRADITIONAL_PHRASES, { from: "tw", to: "cn" }))(text);
}

/**
 * Pieces of one text in Traditional characters, converted as one text and cut again where they
 * met, so a word split between pieces converts as the word: 头|发 gives 頭|髮 where converting
 * each piece alone gives 頭|發. OpenCC's `cn` and `tw` tables and the site's phrases replace
 * every character and phrase with the same number of code points, so the pieces keep their
 * lengths in code points.
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
