import path from "node:path";
import { cache } from "react";
import type { Diagnostic } from "../content/diagnostics";
import { resolveContentDir } from "../content/content-dir";
import { loadContent, loadValidContent, selectVisible, type LoadedContent } from "../content/load-content";
import { slugFromFileName } from "../content/parse-article";
import type { Article } from "../content/schema";
import { articleToTraditional } from "../script/article";
import type { Script } from "../script/request-script";
import type { SearchWordsEntry } from "../content/search-words";
import type { Situation } from "../content/situations";
import { buildSearchIndex, loadSearchIndex, searchArticles, type SearchIndex, type SearchResponse } from "../search";
import { processWide } from "./process-wide";
import { openSiteData, readSiteSearchIndex, type SiteDataReader } from "./site-data";

const isProduction = process.env.NODE_ENV === "production";

interface SiteContent {
  /** Articles pages may show, newest first: published ones in production, drafts too in development. */
  articles: () => Article[];
  /** Their slugs and aliases, without reading the articles. */
  names: Pick<Article, "slug" | "aliases">[];
  /** The situations the home page opens with (content/situations.yaml). */
  situations: Situation[];
  /** Readers' everyday words for sections (content/search-words.yaml), used by search. */
  searchWords: SearchWordsEntry[];
  /** The article of a slug, or of an alias. */
  bySlug: (slug: string) => Article | undefined;
  byAlias: (alias: string) => Article | undefined;
  /** Articles already converted to Traditional, by slug: each is converted once per read (per process in production). */
  traditional: Map<string, Article>;
  /** Development only: every diagnostic of the files that have errors (those are left out of `articles`). */
  problems: Diagnostic[];
}

async function readSiteContent(): Promise<SiteContent> {
  if (isProduction) {
    const contentDir = resolveContentDir();
    const built = openSiteData(contentDir);
    if (built) return indexed(built, []);
    const content = await loadValidContent(contentDir);
    return indexed(inMemory({ ...content, articles: selectVisible(content.articles, false) }), []);
  }
  const content = await loadContent(resolveContentDir());
  const broken = new Set(content.diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  return indexed(
    inMemory({ ...content, articles: content.articles.filter((article) => !broken.has(article.sourcePath)) }),
    content.diagnostics.filter((d) => broken.has(d.file)),
  );
}

/** Content already parsed, read like the site data. */
function inMemory({ articles, situations, searchWords }: Pick<LoadedContent, "articles" | "situations" | "searchWords">): SiteDataReader {
  return { situations, searchWords, names: articles, article: (position) => articles[position] as Article };
}

/**
 * The content by slug and alias, each article decoded once, when first asked for (the site
 * data's articles are decoded one by one; a server at 10,000 articles asks for few of them).
 */
function indexed({ names, article, situations, searchWords }: SiteDataReader, problems: Diagnostic[]): SiteContent {
  const decoded = new Map<number, Article>();
  const at = (position: number): Article => {
    let found = decoded.get(position);
    if (!found) {
      found = article(position);
      decoded.set(position, found);
    }
    return found;
  };
  const positionBySlug = new Map(names.map(({ slug }, position) => [slug, position]));
  const positionByAlias = new Map(names.flatMap(({ aliases }, position) => aliases.map((alias) => [alias, position] as const)));
  const ofPosition = (position: number | undefined) => (position === undefined ? undefined : at(position));
  return {
    articles: () => names.map((_, position) => at(position)),
    names,
    situations,
    searchWords,
    bySlug: (slug) => ofPosition(positionBySlug.get(slug)),
    byAlias: (alias) => ofPosition(positionByAlias.get(alias)),
    traditional: new Map(),
    problems,
  };
}

/**
 * The single entry point pages use for content. A production process reads it once, for every
 * route (`processWide`): from the
 * site data `npm run build` wrote (lib/site/site-data.ts) while the content is unchanged since,
 * otherwise from the folder, failing on any error (so a broken article never reaches a build); `next dev`
 * rereads it per request so edits show on reload, and keeps serving the valid articles
 * while an edited one is broken. React's `cache` keeps it to one read per request.
 */
const loadSiteContent = cache((): Promise<SiteContent> => {
  if (!isProduction) return readSiteContent();
  return processWide("site-content", readSiteContent);
});

/** Published articles, newest first (drafts too under `next dev`). */
export async function listArticles(): Promise<Article[]> {
  return (await loadSiteContent()).articles();
}

/** The slugs and aliases of the articles `listArticles` lists, without reading the articles themselves. */
export async function listArticleNames(): Promise<Pick<Article, "slug" | "aliases">[]> {
  return (await loadSiteContent()).names;
}

/** The situations the home page opens with, each leading to the section that answers it. */
export async function listSituations(): Promise<Situation[]> {
  return (await loadSiteContent()).situations;
}

/** One article by slug, or undefined when there is none. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await loadSiteContent()).bySlug(slug);
}

/**
 * One article by slug as a reader of `script` sees it: converted to Traditional for zh-Hant,
 * once per process in production (the page, its metadata and its structured data share it),
 * once per request in development.
 */
export async function getArticleInScript(slug: string, script: Script): Promise<Article | undefined> {
  const content = await loadSiteContent();
  const article = content.bySlug(slug);
  if (!article || script === "zh-Hans") return article;
  let converted = content.traditional.get(slug);
  if (!converted) {
    converted = articleToTraditional(article);
    content.traditional.set(slug, converted);
  }
  return converted;
}

/** The article an old slug (an alias) now lives at, or undefined. */
export async function getAliasTarget(alias: string): Promise<Article | undefined> {
  return (await loadSiteContent()).byAlias(alias);
}

/** Development only: the problems of the file behind `slug`, when it has errors. */
export async function getArticleProblems(slug: string): Promise<Diagnostic[]> {
  return (await loadSiteContent()).problems.filter((d) => d.file.endsWith(".md") && slugFromFileName(path.basename(d.file)) === slug);
}

/** Development only: every problem of every file with errors, for the notice on the home page. */
export async function listContentProblems(): Promise<Diagnostic[]> {
  return (await loadSiteContent()).problems;
}

/**
 * The search index over the articles pages show, built from the same loader: once per
 * production process (in `npm start`, by its search thread alone), or loaded as the build wrote
 * it with the site data (on the first search; `npm start` asks for one as soon as it listens),
 * per request in development so edits are found on reload.
 */
const siteSearchIndex = cache((): Promise<SearchIndex> => {
  const build = async () => {
    const { articles, searchWords } = await loadSiteContent();
    return buildSearchIndex(articles(), searchWords);
  };
  if (!isProduction) return build();
  return processWide("search-index", async () => {
    const saved = readSiteSearchIndex(resolveContentDir());
    if (saved !== undefined) {
      try {
        return loadSearchIndex(saved);
      } catch {
        // Cut short, or saved by another version of this code: built again from the content.
      }
    }
    return build();
  });
});

/** Sections matching a reader's query, best first (see lib/search), searched in this thread. */
export async function searchInProcess(query: string): Promise<SearchResponse> {
  return searchArticles(await siteSearchIndex(), query);
}

/** Answers a reader's query: `searchInProcess`, or what `searchSiteWith` gave instead. */
export type SiteSearch = (query: string) => Promise<SearchResponse>;

const SITE_SEARCH = "site-search";

/**
 * Makes every route of this process answer searches with `search`: `npm start` gives its
 * search thread (lib/server/search-thread.ts) before Next loads any route, so the index lives
 * in that thread alone. Without it (development, tests) routes search in their own thread.
 */
export function searchSiteWith(search: SiteSearch): void {
  processWide<SiteSearch>(SITE_SEARCH, () => search);
}

/** Sections matching a reader's query, best first, as every route of this process searches them (`searchSiteWith`). */
export function searchSite(query: string): Promise<SearchResponse> {
  return processWide<SiteSearch>(SITE_SEARCH, () => searchInProcess)(query);
}
