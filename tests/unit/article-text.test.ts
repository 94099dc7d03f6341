import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { toText } from "hast-util-to-text";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse-article";
import type { Article, Section, SectionItem } from "@/lib/content/schema";
import { articleToTraditional } from "@/lib/script/article";

const htmlParser = unified().use(rehypeParse, { fragment: true }).freeze();

/** What a reader's browser would give as the text of the HTML (innerText), whitespace collapsed. */
const textOfHtml = (html: string) => (html === "" ? "" : toText(htmlParser.parse(html)).replace(/\s+/g, " ").trim());

function itemsOf(section: Exclude<Section, { kind: "general" | "definition" }>): SectionItem[] {
  return section.kind === "consequences" ? section.items : section.kind === "process" ? section.steps : section.tips;
}

/** Every HTML field of an article with the plain text the loader put beside it. */
function htmlWithText(article: Article): [where: string, html: string, text: string][] {
  return [
    ["lead", article.leadHtml, article.leadText],
    ...article.sections.flatMap((section): [string, string, string][] =>
      section.kind === "general" || section.kind === "definition"
        ? [[section.id, section.html, section.text]]
        : [
            [`${section.id} intro`, section.intro, section.introText],
            [`${section.id} outro`, section.outro, section.outroText],
            ...itemsOf(section).map((item): [string, string, string] => [`${section.id} ${item.title}`, item.html, item.text]),
          ],
    ),
  ];
}

const ARTICLES = readdirSync("content/articles").map((name) => {
  const { article } = parseArticle(name, readFileSync(path.join("content/articles", name)), { render: renderBlocks });
  if (!article) throw new Error(`${name} does not parse`);
  return article;
});

describe("plain text beside the HTML", () => {
  it.each(ARTICLES.map((article) => [article.slug, article] as const))("is the text of the HTML in %s, in both scripts", (_, article) => {
    for (const version of [article, articleToTraditional(article)]) {
      for (const [where, html, text] of htmlWithText(version)) expect(text, where).toBe(textOfHtml(html));
    }
  });

  it("is empty, like the HTML, when a file is only checked", () => {
    const source = readFileSync(path.join("content/articles", `${ARTICLES[0]!.slug}.md`));
    const { article } = parseArticle("a.md", source);
    expect(article && htmlWithText(article).every(([, html, text]) => html === "" && text === "")).toBe(true);
  });
});
