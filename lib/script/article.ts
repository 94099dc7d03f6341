import type { Article, Section, SectionItem, Source } from "../content/schema";
import { toTraditional } from "./convert";
import { htmlToTraditional } from "./html";

/**
 * Every object below is written out field by field and checked with
 * `satisfies Record<keyof T, unknown>`, so a field added to the schema (even an optional
 * one) fails type-checking here until someone decides whether readers see it; a new section
 * kind fails the exhaustive `switch`. Spreading (`...section`) would instead copy a new
 * field through unconverted without anyone noticing.
 */

type SectionOf<K extends Section["kind"]> = Extract<Section, { kind: K }>;

function itemToTraditional(item: SectionItem): SectionItem {
  return {
    title: toTraditional(item.title),
    html: htmlToTraditional(item.html),
    text: toTraditional(item.text),
  } satisfies Record<keyof SectionItem, unknown>;
}

/** A source's title as readers see it; its address is left as it is. */
function sourceToTraditional(source: Source): Source {
  return { title: toTraditional(source.title), url: source.url } satisfies Record<keyof Source, unknown>;
}

function sectionToTraditional(section: Section): Section {
  const title = toTraditional(section.title);
  switch (section.kind) {
    case "general":
    case "definition":
      return {
        kind: section.kind,
        id: section.id,
        title,
        html: htmlToTraditional(section.html),
        text: toTraditional(section.text),
      } satisfies Record<keyof SectionOf<"general" | "definition">, unknown>;
    case "consequences":
      return {
        kind: section.kind,
        id: section.id,
        title,
        intro: htmlToTraditional(section.intro),
        introText: toTraditional(section.introText),
        outro: htmlToTraditional(section.outro),
        outroText: toTraditional(section.outroText),
        items: section.items.map(itemToTraditional),
      } satisfies Record<keyof SectionOf<"consequences">, unknown>;
    case "process":
      return {
        kind: section.kind,
        id: section.id,
        title,
        intro: htmlToTraditional(section.intro),
        introText: toTraditional(section.introText),
        outro: htmlToTraditional(section.outro),
        outroText: toTraditional(section.outroText),
        steps: section.steps.map(itemToTraditional),
      } satisfies Record<keyof SectionOf<"process">, unknown>;
    case "negotiation":
    case "prevention":
      return {
        kind: section.kind,
        id: section.id,
        title,
        intro: htmlToTraditional(section.intro),
        introText: toTraditional(section.introText),
        outro: htmlToTraditional(section.outro),
        outroText: toTraditional(section.outroText),
        tips: section.tips.map(itemToTraditional),
      } satisfies Record<keyof SectionOf<"negotiation" | "prevention">, unknown>;
    default: {
      const unhandled: never = section;
      throw new Error(`unknown section kind: ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * The article as a Traditional-script reader sees it: title, description, tags, lead and
 * every section's titles, HTML and text converted; slug, source path, dates, aliases,
 * source URLs, section kinds and ids (the anchors links point at) unchanged.
 */
export function articleToTraditional(article: Article): Article {
  return {
    slug: article.slug,
    sourcePath: article.sourcePath,
    title: toTraditional(article.title),
    description: toTraditional(article.description),
    date: article.date,
    updated: article.updated,
    tags: article.tags.map(toTraditional),
    aliases: article.aliases,
    draft: article.draft,
    reviewed: article.reviewed,
    sources: article.sources.map(sourceToTraditional),
    leadHtml: htmlToTraditional(article.leadHtml),
    leadText: toTraditional(article.leadText),
    sections: article.sections.map(sectionToTraditional),
    characterCount: article.characterCount,
  } satisfies Record<keyof Article, unknown>;
}
