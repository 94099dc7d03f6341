import type { Metadata } from "next";
import { lastUpdated, type Article } from "../content/schema";
import { openGraphLocale } from "../script/in-script";
import { localize, localPath, requestScript, scriptPath } from "../script/request-script";
import { siteConfig } from "./config";
import { articlePath } from "./url";

/** Feeds are announced on every page, so a reader's feed reader finds them from any link. */
const FEEDS = { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" };

/**
 * The canonical URL of `path` in the script being rendered, and both scripts as `hreflang`
 * alternates (Simplified is also the default for other languages).
 */
function alternates(path: string): Metadata["alternates"] {
  return { canonical: localPath(path), languages: hreflangPaths(path), types: FEEDS };
}

/** The `hreflang` versions of a site path: each script, and Simplified for every other language. */
export function hreflangPaths(path: string): Record<"zh-CN" | "zh-Hant" | "x-default", string> {
  const simplified = scriptPath("zh-Hans", path);
  return { "zh-CN": simplified, "zh-Hant": scriptPath("zh-Hant", path), "x-default": simplified };
}

/** Metadata of an ordinary page: its title, description and short canonical URL. */
export function pageMetadata({ path, ...text }: { path: string; title?: string; description?: string }): Metadata {
  const title = text.title && localize(text.title);
  const description = text.description && localize(text.description);
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: alternates(path),
    openGraph: {
      type: "website",
      url: localPath(path),
      siteName: localize(siteConfig.name),
      locale: openGraphLocale(requestScript()),
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
    },
    twitter: { card: "summary" },
  };
}

/** Metadata of an article: Open Graph article tags with its dates; the image comes from its opengraph-image route. */
export function articleMetadata(article: Article): Metadata {
  const path = articlePath(article.slug);
  return {
    title: article.title,
    description: article.description,
    alternates: alternates(path),
    openGraph: {
      type: "article",
      url: localPath(path),
      title: article.title,
      description: article.description,
      siteName: localize(siteConfig.name),
      locale: openGraphLocale(requestScript()),
      publishedTime: article.date,
      modifiedTime: lastUpdated(article),
      tags: article.tags,
    },
    // The Open Graph image (its route, opengraph-image.tsx) serves the Twitter card too.
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.description,
      images: [`${localPath(path)}/opengraph-image`],
    },
  };
}
