import { collapseWhitespace } from "../content/plain-text";
import type { Article, Section, SectionItem } from "../content/schema";
import type { SearchWordsEntry } from "../content/search-words";

/** What a search result points at: one section of an article, or (`lead`) the article's top. */
export interface SearchableSection {
  slug: string;
  articleTitle: string;
  /** The section's anchor id, or null for the article's top (title, description, tags, lead). */
  sectionId: string | null;
  sectionTitle: string | null;
  kind: Section["kind"] | "lead";
  /** Tags of the article, on its `lead` entry only. */
  tags: string[];
  /** Readers' everyday words for this section (or, on the `lead` entry, the article), from search-words.yaml. */
  words: string[];
  /** Plain text, whitespace collapsed: what passages are cut from. */
  text: string;
}

function itemText(item: SectionItem): string {
  return item.text === "" ? item.title : `${item.title}：${item.text}`;
}

function sectionText(section: Section): string {
  switch (section.kind) {
    case "general":
    case "definition":
      return section.text;
    case "consequences":
      return joinText([section.introText, ...section.items.map(itemText), section.outroText]);
    case "process":
      return joinText([section.introText, ...section.steps.map(itemText), section.outroText]);
    case "negotiation":
    case "prevention":
      return joinText([section.introText, ...section.tips.map(itemText), section.outroText]);
    default: {
      const unhandled: never = section;
      throw new Error(`unknown section kind: ${JSON.stringify(unhandled)}`);
    }
  }
}

function joinText(parts: readonly string[]): string {
  return parts.filter((part) => part !== "").join(" ");
}

/** Everyday words by what they point at: `slug#id` for a section, `slug` for an article. */
export type WordsByTarget = ReadonlyMap<string, readonly string[]>;

/** The key of `/articles/<slug>#<id>` (or `/articles/<slug>`) in a WordsByTarget. */
export function targetKey(slug: string, sectionId: string | null): string {
  return sectionId === null ? slug : `${slug}#${sectionId}`;
}

/** The everyday words of search-words.yaml keyed by target (entries were validated when content was loaded). */
export function wordsByTarget(entries: readonly SearchWordsEntry[]): WordsByTarget {
  const byTarget = new Map<string, string[]>();
  for (const { target, words } of entries) {
    const [slug = "", id] = target.replace(/^\/articles\//, "").split("#");
    const key = targetKey(slug, id === undefined ? null : decodeURIComponent(id));
    byTarget.set(key, [...(byTarget.get(key) ?? []), ...words]);
  }
  return byTarget;
}

/** The searchable parts of an article: its top (description and lead) and each of its sections. */
export function searchableSections(article: Article, words: WordsByTarget = new Map()): SearchableSection[] {
  const common = { slug: article.slug, articleTitle: article.title };
  const lead: SearchableSection = {
    ...common,
    sectionId: null,
    sectionTitle: null,
    kind: "lead",
    tags: article.tags,
    words: [...(words.get(targetKey(article.slug, null)) ?? [])],
    text: joinText([collapseWhitespace(article.description), article.leadText]),
  };
  return [
    lead,
    ...article.sections.map((section): SearchableSection => ({
      ...common,
      sectionId: section.id,
      sectionTitle: section.title,
      kind: section.kind,
      tags: [],
      words: [...(words.get(targetKey(article.slug, section.id)) ?? [])],
      text: sectionText(section),
    })),
  ];
}
