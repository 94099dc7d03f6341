import type { Article } from "@/lib/content/schema";

/**
 * An article for the search tests: one general section per entry of `sections`, and a lead
 * that matches none of the tests' queries; `fields` replaces any other part.
 */
export function searchTestArticle(
  slug: string,
  sections: readonly { title: string; text: string }[],
  fields: Partial<Article> = {},
): Article {
  return {
    slug,
    sourcePath: `articles/${slug}.md`,
    title: `文章${slug}`,
    description: "说明。",
    date: "2026-01-01",
    tags: [],
    aliases: [],
    draft: false,
    sources: [],
    leadHtml: "",
    leadText: "导语。",
    sections: sections.map((section, index) => ({ kind: "general", id: `s${index}`, html: "", ...section })),
    characterCount: 0,
    ...fields,
  };
}
