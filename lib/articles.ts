import { cache } from "react";
import { loadValidContent, resolveContentDir, selectVisible } from "./content/load-content";
import type { Article } from "./content/schema";

const isProduction = process.env.NODE_ENV === "production";
let productionArticles: Promise<Article[]> | undefined;

async function readArticles(): Promise<Article[]> {
  const { articles } = await loadValidContent(resolveContentDir());
  return selectVisible(articles, !isProduction);
}

/**
 * The single entry point pages use for content. A production process reads the folder
 * once; `next dev` rereads it per request so edits show on reload, and React's `cache`
 * keeps it to one read per request either way.
 */
const loadArticles = cache((): Promise<Article[]> => {
  if (!isProduction) return readArticles();
  productionArticles ??= readArticles();
  return productionArticles;
});

/** Published articles, newest first (drafts too under `next dev`). */
export async function listArticles(): Promise<Article[]> {
  return loadArticles();
}

/** One article by slug, or undefined when there is none. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await loadArticles()).find((article) => article.slug === slug);
}

/** The article an old slug (an alias) now lives at, or undefined. */
export async function getAliasTarget(alias: string): Promise<Article | undefined> {
  return (await loadArticles()).find((article) => article.aliases.includes(alias));
}

/** Every slug an article URL may have: current slugs, then aliases. */
export async function listArticleSlugs(): Promise<string[]> {
  const articles = await loadArticles();
  return [...articles.map((article) => article.slug), ...articles.flatMap((article) => article.aliases)];
}
