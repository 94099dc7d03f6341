import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ParseFiles } from "./load-content";
import type { ParsedArticle } from "./parse-article";
import { parserVersion } from "./parser-version";

/**
 * Wraps a parser with an on-disk cache for the command-line check: a file whose bytes (and
 * shown path) were parsed before by the same parser version is not parsed again, so checking
 * a large site after a small edit costs little. The site build never uses it.
 */
export function withParseCache(parse: ParseFiles, cacheRoot: string): ParseFiles {
  return async (files) => {
    const version = parserVersion();
    const cacheDir = path.join(cacheRoot, version);
    for (const stale of readdirSafe(cacheRoot)) if (stale !== version) rmSync(path.join(cacheRoot, stale), { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });

    const keyed = await Promise.all(
      files.map(async (file) => {
        const key = createHash("sha256").update(file.file).update("\0").update(await readFile(file.path)).digest("hex");
        return { file, entry: path.join(cacheDir, `${key}.json`) };
      }),
    );
    const results = new Map<string, ParsedArticle>();
    const misses = keyed.filter(({ entry }) => {
      try {
        results.set(entry, JSON.parse(readFileSync(entry, "utf8")) as ParsedArticle);
        return false;
      } catch {
        return true;
      }
    });
    const parsed = await parse(misses.map(({ file }) => file));
    misses.forEach(({ entry }, index) => {
      const result = parsed[index] as ParsedArticle;
      results.set(entry, result);
      writeBestEffort(entry, JSON.stringify(result));
    });
    return keyed.map(({ entry }) => results.get(entry) as ParsedArticle);
  };
}

/** The cache only saves time: a write that fails (another check pruned the folder) is skipped. */
function writeBestEffort(file: string, data: string): void {
  try {
    writeFileSync(file, data);
  } catch {
    // Nothing is lost: the next check parses this file again.
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
