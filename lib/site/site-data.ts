import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { fileStamp, writeFileAtomically } from "../content/cache-files";
import type { Article } from "../content/schema";
import type { SearchWordsEntry } from "../content/search-words";
import type { Situation } from "../content/situations";

/**
 * The site data `npm run build` writes once, before `next build`: the published articles
 * parsed and rendered, the data files, and the search index. Every build worker and the
 * production server read it instead of parsing the content folder again (at 10,000 articles
 * each parse took longer than the pages it served). It is used only while every file it was
 * made from is unchanged (same names, sizes and modification times); otherwise the loader
 * parses the folder as before. Both files are written with `v8.serialize`, which Node reads
 * back about three times as fast as the same data as JSON (10,000 articles: 0.4–0.7 s
 * against 1.7–2.0 s) and keeps the search index's typed arrays as bytes.
 */
export interface SiteData {
  articles: Article[];
  situations: Situation[];
  searchWords: SearchWordsEntry[];
}

/** What the site data was made from, the name its files share, and the published articles' slugs and aliases. */
interface Manifest {
  contentDir: string;
  stamps: Record<string, string>;
  id: string;
  slugs: string[];
  aliases: string[];
}

/**
 * The folder of one content folder's site data: beside the compiled server in `dist/`, never in
 * `.next` (which `next build` empties first), one sub-folder per content folder.
 */
export function siteDataDir(contentDir: string): string {
  const key = createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16);
  return path.join(path.resolve(/* turbopackIgnore: true */ "dist/site-data"), key);
}

/**
 * The size and modification time of every file of the content folder and of its `articles`
 * folder, by path: any file added, removed or changed there makes the site data stale.
 */
export function contentStamps(contentDir: string): Record<string, string> {
  const stamps: Record<string, string> = {};
  for (const folder of [contentDir, path.join(contentDir, "articles")]) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      stamps[folder] = "missing";
      continue;
    }
    for (const name of names) stamps[path.join(folder, name)] = fileStamp(path.join(folder, name));
  }
  return stamps;
}

function sameStamps(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Writes the site data of `contentDir`; `stamps` must be taken before its files were read. */
export function writeSiteData(contentDir: string, stamps: Record<string, string>, data: SiteData, searchIndex: Buffer): string {
  const dir = siteDataDir(contentDir);
  const id = createHash("sha256").update(JSON.stringify(stamps)).digest("hex").slice(0, 16);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileAtomically(path.join(dir, `content-${id}.bin`), serialize(data));
  writeFileAtomically(path.join(dir, `search-index-${id}.bin`), searchIndex);
  const manifest: Manifest = {
    contentDir: path.resolve(contentDir),
    stamps,
    id,
    slugs: data.articles.map((article) => article.slug),
    aliases: data.articles.flatMap((article) => article.aliases),
  };
  writeFileAtomically(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  return dir;
}

/** The manifest of `contentDir`'s site data, when there is one and its files are unchanged. */
function currentManifest(contentDir: string): { dir: string; manifest: Manifest } | undefined {
  const dir = siteDataDir(contentDir);
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
    return sameStamps(manifest.stamps, contentStamps(contentDir)) ? { dir, manifest } : undefined;
  } catch {
    return undefined;
  }
}

/** One file of `contentDir`'s site data (`content` or `search-index`), or undefined when it is missing or stale. */
function readCurrentFile(contentDir: string, name: "content" | "search-index"): Buffer | undefined {
  const current = currentManifest(contentDir);
  if (!current) return undefined;
  try {
    return readFileSync(path.join(current.dir, `${name}-${current.manifest.id}.bin`));
  } catch {
    return undefined;
  }
}

/** The site data of `contentDir`, or undefined when there is none or a content file has changed since. */
export function readSiteData(contentDir: string): SiteData | undefined {
  const bytes = readCurrentFile(contentDir, "content");
  if (bytes === undefined) return undefined;
  try {
    return deserialize(bytes) as SiteData;
  } catch {
    // A file cut short: the loader parses the folder instead.
    return undefined;
  }
}

/** The prebuilt search index of `contentDir` as bytes (see `loadSearchIndex`), or undefined (see `readSiteData`). */
export function readSiteSearchIndex(contentDir: string): Buffer | undefined {
  return readCurrentFile(contentDir, "search-index");
}

/** The published articles' slugs and aliases, from the site data's manifest; undefined when it is missing or stale. */
export function readPublishedNames(contentDir: string): { slugs: string[]; aliases: string[] } | undefined {
  const manifest = currentManifest(contentDir)?.manifest;
  return manifest && { slugs: manifest.slugs, aliases: manifest.aliases };
}
