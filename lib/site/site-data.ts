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
 * parses the folder as before. Its files are written with `v8.serialize`, which Node reads
 * back about three times as fast as the same data as JSON (10,000 articles: 0.4–0.7 s
 * against 1.7–2.0 s) and keeps the search index's typed arrays as bytes; each article is
 * serialized on its own, so a server decodes only those it is asked for (`openSiteData`).
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
  const articles = data.articles.map((article) => serialize(article));
  let end = 0;
  const entries = data.articles.map(({ slug, aliases }, position): ArticleEntry => {
    const start = end;
    end += articles[position]?.length ?? 0;
    return { slug, aliases, start, end };
  });
  const content: SavedContent = { situations: data.situations, searchWords: data.searchWords, articles: entries };
  writeFileAtomically(path.join(dir, `content-${id}.bin`), serialize(content));
  writeFileAtomically(path.join(dir, `articles-${id}.bin`), Buffer.concat(articles));
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

/** One file of the site data `current` describes, or undefined when it is missing. */
function readFileOf(current: { dir: string; manifest: Manifest }, name: "content" | "articles" | "search-index"): Buffer | undefined {
  try {
    return readFileSync(path.join(current.dir, `${name}-${current.manifest.id}.bin`));
  } catch {
    return undefined;
  }
}

/** An article's name and where its bytes are in the articles file. */
interface ArticleEntry {
  slug: string;
  aliases: string[];
  start: number;
  end: number;
}

/** The content file: the data files, and each article's entry, newest first. */
interface SavedContent {
  situations: Situation[];
  searchWords: SearchWordsEntry[];
  articles: ArticleEntry[];
}

/**
 * The site data as a server reads it: the data files and every article's name at once, an
 * article itself only when it is asked for (`article`, by position, newest first), from the
 * articles file read whole but not decoded. At 10,000 articles decoding every article took
 * about 0.9 s of every start, for pages most of which are prerendered.
 */
export interface SiteDataReader {
  situations: Situation[];
  searchWords: SearchWordsEntry[];
  names: Pick<Article, "slug" | "aliases">[];
  article: (position: number) => Article;
}

/** The site data of `contentDir`, ready to be read, or undefined when there is none, a content file has changed since, or a file was cut short. */
export function openSiteData(contentDir: string): SiteDataReader | undefined {
  const current = currentManifest(contentDir);
  if (!current) return undefined;
  const contentBytes = readFileOf(current, "content");
  const articleBytes = readFileOf(current, "articles");
  if (contentBytes === undefined || articleBytes === undefined) return undefined;
  let content: SavedContent;
  try {
    content = deserialize(contentBytes) as SavedContent;
  } catch {
    // A file cut short: the loader parses the folder instead.
    return undefined;
  }
  if ((content.articles.at(-1)?.end ?? 0) !== articleBytes.length) return undefined;
  return {
    situations: content.situations,
    searchWords: content.searchWords,
    names: content.articles.map(({ slug, aliases }) => ({ slug, aliases })),
    article: (position) => {
      const entry = content.articles[position];
      if (!entry) throw new RangeError(`site data: no article at ${position}`);
      return deserialize(articleBytes.subarray(entry.start, entry.end)) as Article;
    },
  };
}

/** The whole site data of `contentDir`, every article decoded (see `openSiteData`). */
export function readSiteData(contentDir: string): SiteData | undefined {
  const reader = openSiteData(contentDir);
  if (!reader) return undefined;
  return {
    articles: reader.names.map((_, position) => reader.article(position)),
    situations: reader.situations,
    searchWords: reader.searchWords,
  };
}

/** The prebuilt search index of `contentDir` as bytes (see `loadSearchIndex`), or undefined (see `readSiteData`). */
export function readSiteSearchIndex(contentDir: string): Buffer | undefined {
  const current = currentManifest(contentDir);
  return current && readFileOf(current, "search-index");
}

/** The published articles' slugs and aliases, from the site data's manifest; undefined when it is missing or stale. */
export function readPublishedNames(contentDir: string): { slugs: string[]; aliases: string[] } | undefined {
  const manifest = currentManifest(contentDir)?.manifest;
  return manifest && { slugs: manifest.slugs, aliases: manifest.aliases };
}
