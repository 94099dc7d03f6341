import type { Metadata } from "next";
import { lastUpdated, type Article } from "./content/schema";
import { siteConfig } from "./site-config";
import { articlePath } from "./site-url";

/** Feeds are announced on every page, so a reader's feed reader finds them from any link. */
const FEEDS = { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" };

/** Metadata of an ordinary page: its title, description and short canonical URL. */
export function pageMetadata({ path, title, description }: { path: string; title?: string; description?: string }): Metadata {
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical: path, types: FEEDS },
    openGraph: { type: "website", url: path, siteName: siteConfig.name, locale: "zh_CN", ...(title ? { title } : {}), ...(description ? { description } : {}) },
    twitter: { card: "summary" },
  };
}

/** Metadata of an article: Open Graph article tags with its dates; the images come from its opengraph-image route. */
export function articleMetadata(article: Article): Metadata {
  const path = articlePath(article.slug);
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: path, types: FEEDS },
    openGraph: {
      type: "article",
      url: path,
      title: article.title,
      description: article.description,
      siteName: siteConfig.name,
      locale: "zh_CN",
      publishedTime: article.date,
      modifiedTime: lastUpdated(article),
      tags: article.tags,
    },
    twitter: { card: "summary_large_image", title: article.title, description: article.description },
  };
}
