import type { Graph, HowTo, Organization } from "schema-dts";
import { lastUpdated, type Article } from "./content/schema";
import { siteConfig } from "./site-config";
import { absoluteUrl, articlePath } from "./site-url";

/**
 * The JSON-LD of an article page: the Article itself, its breadcrumb, and a HowTo built from
 * its `process` steps when it has them. The publisher is this independent site.
 */
export function articleStructuredData(article: Article): Graph {
  const url = absoluteUrl(articlePath(article.slug));
  const publisher: Organization = { "@type": "Organization", name: siteConfig.name, url: absoluteUrl("/") };
  const process = article.sections.find((section) => section.kind === "process");
  const howTo: HowTo[] = process
    ? [
        {
          "@type": "HowTo",
          name: process.title,
          inLanguage: "zh-CN",
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
        inLanguage: "zh-CN",
        datePublished: article.date,
        dateModified: lastUpdated(article),
        url,
        mainEntityOfPage: url,
        image: `${url}/opengraph-image`,
        keywords: article.tags.join(","),
        author: publisher,
        publisher,
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: siteConfig.name, item: absoluteUrl("/") },
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
