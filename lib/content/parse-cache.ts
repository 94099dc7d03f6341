import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ParseFiles } from "./load-content";
import type { ParsedArticle } from "./parse-article";
import { fileStamp, writeFileAtomically } from "./cache-files";
import { parserVersion } from "./parser-version";

/**
 * What the cache keeps of one file: how it looked on disk when parsed, and the result as JSON
 * text. Kept as text, an unchanged entry is written back without being serialized again, and
 * the cache file reads and writes several times faster than as many small objects.
 */
interface CacheEntry {
  /** The file's size and modification time (`fileStamp`). */
  stamp: string;
  sha256: string;
  json: string;
}

/**
 * Wraps a parser with an on-disk cache for the command-line check, so that checking a large
 * site after a small edit costs little. The cache is one file per content folder and parser
 * version (one read instead of one per article). A file whose size and modification time are
 * unchanged is not read again; any other file is read and hashed, and parsed only when its
 * bytes differ from the ones parsed before (a `git checkout` that touches every file costs a
 * read of each, not a parse). The site build never uses it.
 */
export function withParseCache(parse: ParseFiles, cacheRoot: string): ParseFiles {
  return async (files) => {
    const version = parserVersion();
    const cacheDir = path.join(cacheRoot, version);
    for (const stale of readdirSafe(cacheRoot)) if (stale !== version) rmSync(path.join(cacheRoot, stale), { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    // The loader gives absolute paths; resolving 10,000 of them again costs a tenth of a re-check.
    const folders = [...new Set(files.map((file) => path.dirname(file.path)))].map((folder) => path.resolve(folder)).sort();
    const cacheFile = path.join(cacheDir, `${createHash("sha256").update(folders.join("\0")).digest("hex").slice(0, 16)}.v8`);
    const cached = readCache(cacheFile);

    const fresh = new Map<string, CacheEntry>();
    const misses: { key: string; stamp: string; sha256: string; index: number }[] = [];
    const results: ParsedArticle[] = [];
    let touched = false;
    files.forEach((file, index) => {
      const key = `${file.file}\0${file.path}`;
      const stamp = fileStamp(file.path);
      const before = cached.get(key);
      if (before && before.stamp === stamp) {
        fresh.set(key, before);
        results[index] = JSON.parse(before.json) as ParsedArticle;
        return;
      }
      const sha256 = createHash("sha256").update(readFileSync(file.path)).digest("hex");
      if (before && before.sha256 === sha256) {
        fresh.set(key, { ...before, stamp });
        results[index] = JSON.parse(before.json) as ParsedArticle;
        touched = true;
        return;
      }
      misses.push({ key, stamp, sha256, index });
    });

    const parsed = misses.length > 0 ? await parse(misses.map(({ index }) => files[index] as (typeof files)[number])) : [];
    misses.forEach(({ key, stamp, sha256, index }, position) => {
      const result = parsed[position] as ParsedArticle;
      fresh.set(key, { stamp, sha256, json: JSON.stringify(result) });
      results[index] = result;
    });
    if (touched || misses.length > 0 || fresh.size !== cached.size) writeCache(cacheFile, fresh);
    return results;
  };
}

/** The entries of a cache file; empty when there is none or it cannot be read (it is rebuilt). */
function readCache(file: string): Map<string, CacheEntry> {
  try {
    const entries: unknown = deserialize(readFileSync(file));
    return entries instanceof Map ? (entries as Map<string, CacheEntry>) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Writes the cache whole, through a temporary file renamed into place, so a check that runs
 * at the same time reads either the old cache or the new one. The cache only saves time: a
 * write that fails is skipped, and the next check parses again.
 */
function writeCache(file: string, entries: Map<string, CacheEntry>): void {
  try {
    writeFileAtomically(file, serialize(entries));
  } catch {
    // Nothing is lost: the next check parses again.
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
