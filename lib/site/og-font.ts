import { readFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { processWide } from "./process-wide";

/** Noto Sans SC Bold from an npm package: no font is fetched from the internet at build time. */
const FONT_FILE = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
);

/** Every code point the full font maps to a glyph, read once with HarfBuzz (the engine subset-font runs). */
async function coveredCodePoints(font: Buffer): Promise<ReadonlySet<number>> {
  const { Blob, Face } = await import("harfbuzzjs");
  return new Set(new Face(new Blob(font)).collectUnicodes());
}

/**
 * The CJK font cut down to the characters of `text` (the full font is about 10 MB), as the
 * TrueType data Satori needs. Every character of `text` must be in the font: a missing glyph
 * would render blank, and next/og would try to download a fallback from Google Fonts. So a
 * character the font lacks fails the image's build with its name. The font has the Traditional
 * characters OpenCC writes for Simplified text (two rare extension-B ones aside), so share
 * images of Traditional pages are drawn with it too.
 */
export async function fontFor(text: string): Promise<Buffer> {
  // Read once per process (`processWide`): the image route and the server's warm-up share it.
  const font = await processWide("share-image-font", () => readFile(FONT_FILE));
  const covered = await processWide("share-image-font-code-points", () => coveredCodePoints(font));
  const characters = [...new Set(text)];
  const missing = characters.filter((character) => !covered.has(character.codePointAt(0) ?? 0));
  if (missing.length > 0) {
    const names = missing.map(
      (character) => `"${character}" (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`,
    );
    throw new Error(`share image: Noto Sans SC Bold has no glyph for ${names.join(", ")} in "${text}"; write the text without them`);
  }
  return subsetFont(font, characters.join(""), { targetFormat: "truetype" });
}
