import { readFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";

/** Noto Sans SC Bold from an npm package: no font is fetched from the internet at build time. */
const FONT_FILE = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
);

let fullFont: Promise<Buffer> | undefined;

/**
 * The CJK font cut down to the characters of `text` (the full font is about 10 MB), as the
 * TrueType data Satori needs. Every character of `text` must be in the font: a missing glyph
 * would render blank, and next/og would try to download a fallback.
 */
export async function fontFor(text: string): Promise<Buffer> {
  fullFont ??= readFile(FONT_FILE);
  const characters = [...new Set(text)].join("");
  return subsetFont(await fullFont, characters, { targetFormat: "truetype" });
}
