import { toText } from "hast-util-to-text";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { Article, Section, SectionItem } from "../content/schema";

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
  /** Plain text, whitespace collapsed: what passages are cut from. */
  text: string;
}

const parser = unified().use(rehypeParse, { fragment: true }).freeze();

/** The text of sanitized HTML as a reader sees it (innerText), whitespace collapsed. */
function plainText(html: string): string {
  return html === "" ? "" : collapseWhitespace(toText(parser.parse(html)));
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function itemText(item: SectionItem): string {
  return item.text === "" ? item.title : `${item.title}：${collapseWhitespace(item.text)}`;
}

function sectionText(section: Section): string {
  switch (section.kind) {
    case "general":
    case "definition":
      return plainText(section.html);
    case "consequences":
      return joinText([plainText(section.intro), ...section.items.map(itemText), plainText(section.outro)]);
    case "process":
      return joinText([plainText(section.intro), ...section.steps.map(itemText), plainText(section.outro)]);
    case "negotiation":
    case "prevention":
      return joinText([plainText(section.intro), ...section.tips.map(itemText), plainText(section.outro)]);
    default: {
      const unhandled: never = section;
      throw new Error(`unknown section kind: ${JSON.stringify(unhandled)}`);
    }
  }
}

function joinText(parts: readonly string[]): string {
  return parts.filter((part) => part !== "").join(" ");
}

/** The searchable parts of an article: its top (description and lead) and each of its sections. */
export function searchableSections(article: Article): SearchableSection[] {
  const common = { slug: article.slug, articleTitle: article.title };
  const lead: SearchableSection = {
    ...common,
    sectionId: null,
    sectionTitle: null,
    kind: "lead",
    tags: article.tags,
    text: joinText([collapseWhitespace(article.description), plainText(article.leadHtml)]),
  };
  return [
    lead,
    ...article.sections.map((section): SearchableSection => ({
      ...common,
      sectionId: section.id,
      sectionTitle: section.title,
      kind: section.kind,
      tags: [],
      text: sectionText(section),
    })),
  ];
}
