import type { Graph, HowTo, Organization } from "schema-dts";
import { lastUpdated, type Article } from "../content/schema";
import { inScript, languageTag } from "../script/in-script";
import { scriptPath, type Script } from "../script/request-script";
import { siteConfig } from "./config";
import { absoluteUrl, articlePath } from "./url";

/**
 * The JSON-LD of an article page in `script`: the Article itself, its breadcrumb, and a HowTo
 * built from its `process` steps when it has them. The publisher is this independent site.
 * `article` is the article as the page shows it (`articleToTraditional` on Traditional pages);
 * the language, the site's name and every URL (`/zh-Hant/…`) follow `script`.
 */
export function articleStructuredData(article: Article, script: Script): Graph {
  const url = absoluteUrl(scriptPath(script, articlePath(article.slug)));
  const home = absoluteUrl(scriptPath(script, "/"));
  const siteName = inScript(script, siteConfig.name);
  const inLanguage = languageTag(script);
  const publisher: Organization = { "@type": "Organization", name: siteName, url: home };
  const process = article.sections.find((section) => section.kind === "process");
  const howTo: HowTo[] = process
    ? [
        {
          "@type": "HowTo",
          name: process.title,
          inLanguage,
          url: `${url}#${process.id}`,
          step: process.steps.map((step, index) => ({
            "@type": "HowToStep",
            position: index + 1,
            name: step.title,
            text: step.text || step.title,
            url: `${url}#${process.id}`,
          })),
        },
      ]
    : [];
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Article",
        headline: article.title,
        description: article.description,
        inLanguage,
        datePublished: article.date,
        dateModified: lastUpdated(article),
        url,
        mainEntityOfPage: url,
        image: `${url}/opengraph-image`,
        keywords: article.tags.join(","),
        ...(article.sources.length > 0
          ? {
              citation: article.sources.map((source) => ({
                "@type": "CreativeWork" as const,
                name: source.title,
                ...(source.url ? { url: source.url } : {}),
              })),
            }
          : {}),
        author: publisher,
        publisher,
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: siteName, item: home },
          { "@type": "ListItem", position: 2, name: article.title, item: url },
        ],
      },
      ...howTo,
    ],
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script. */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
