import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import type { Root, RootContent } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "@/lib/content/markdown";
import { parseMarkdown } from "@/lib/content/parse-markdown";

/** The plain pipeline that `renderBlocks` must match byte for byte: each step walks the whole tree. */
const reference = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, {
    ...defaultSchema,
    protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), "tel"] },
  })
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] })
  .use(rehypeStringify)
  .freeze();

/** What a footnote definition says is never shown (footnotes are refused): the one planned difference. */
const withoutFootnoteText = (node: RootContent): RootContent =>
  node.type === "footnoteDefinition"
    ? { ...node, children: [] }
    : "children" in node
      ? ({ ...node, children: node.children.map(withoutFootnoteText) } as RootContent)
      : node;

function referenceHtml(nodes: RootContent[]): string {
  if (nodes.length === 0) return "";
  return reference.stringify(reference.runSync({ type: "root", children: nodes.map(withoutFootnoteText) })).trim();
}

/** Stock remark (micromark) keeps references and their definitions, which the renderer must resolve. */
const remark = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).freeze();

/** Block nodes of `markdown` as our parser and as remark read it. */
function bothTrees(markdown: string): RootContent[][] {
  const withoutFrontmatter = (root: Root) => root.children.filter((node) => node.type !== "yaml");
  return [withoutFrontmatter(parseMarkdown(markdown).root), withoutFrontmatter(remark.parse(markdown))];
}

function expectSameAsReference(markdown: string) {
  for (const nodes of bothTrees(markdown)) expect(renderBlocks(nodes).html).toBe(referenceHtml(nodes));
}

const { tests: SPEC } = createRequire(import.meta.url)("commonmark-spec") as { tests: { markdown: string }[] };
const FILES = [
  ...["content/articles", "tests/fixtures/valid/articles", "tests/fixtures/broken/articles"].flatMap((dir) =>
    readdirSync(dir).map((name) => path.join(dir, name)),
  ),
  "tests/fixtures/hostile/corpus.md",
];

/** Markdown lines that exercise links, definitions, footnotes, nesting and raw HTML. */
const LINES = [
  "[a](https://example.com) [b](HTTP://example.com) [c](//example.com/x) [d](/local) [e](#frag) [f](mailto:a@b.c) [g](tel:95188)",
  '[![图](/a.png)](https://example.com "标题") <https://example.com> www.example.com a@example.com',
  "[x](javascript:alert(1)) ![y](data:image/png;base64,AA) <div onclick=alert(1)>",
  "[ref] [ref][] [text][ref] ![img][ref] [^note]",
  "[ref]: https://example.com/ref",
  "[^note]: 注释",
  "> [quoted]: https://example.com/quoted",
  "- [listed]: /listed",
  "[quoted] [listed]",
  "- 项目\n  - 嵌套项目\n    > 引用",
  "1. 第一\n\n2. 第二",
  "- [ ] 待办\n- [x] 完成",
  "| a | b |\n|:--|--:|\n| `x` | **y** |",
  "# 标题 *强调*",
  "```js\ncode\n```",
  "行一  \n行二\\\n行三",
  "***",
];
const CHARACTERS = [..."#*_-`[]()<>!:|~\\\"' \n", ..."借呗逾期", ..."ax01"];
const markdown = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LINES),
      fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 80 }).map((chars) => chars.join("")),
    ),
    { maxLength: 20 },
  )
  .map((lines) => lines.join("\n"));

describe("renderBlocks", () => {
  it("renders every CommonMark example as the plain pipeline does", () => {
    for (const example of SPEC) expectSameAsReference(example.markdown);
  });

  it.each(FILES)("renders %s as the plain pipeline does", (file) => {
    expectSameAsReference(readFileSync(file, "utf8"));
  });

  it("renders any mix of links, definitions, footnotes and nesting as the plain pipeline does", () => {
    fc.assert(fc.property(markdown, expectSameAsReference), { numRuns: 300 });
  });

  it("resolves references to definitions inside quotes and list items", () => {
    const [, remarkTree] = bothTrees("> [quoted]: /q\n\n- [listed]: /l\n\n[quoted] [listed]");
    expect(renderBlocks(remarkTree ?? []).html).toBe(
      '<blockquote>\n</blockquote>\n<ul>\n<li></li>\n</ul>\n<p><a href="/q">quoted</a> <a href="/l">listed</a></p>',
    );
  });

  it("marks links that leave the site, and only those", () => {
    const [tree] = bothTrees(
      "[a](https://example.com) [b](//example.com) [c](/local) [d](mailto:a@b.c) [![图](/a.png)](http://example.com)",
    );
    expect(renderBlocks(tree ?? []).html).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer">a</a> <a href="//example.com" rel="noopener noreferrer">b</a> <a href="/local">c</a> <a href="mailto:a@b.c">d</a> <a href="http://example.com" rel="noopener noreferrer"><img src="/a.png" alt="图"></a></p>',
    );
  });

  it("leaves the nodes it renders unchanged, positions included", () => {
    const [tree = []] = bothTrees("# 标题\n\n- [链接](https://example.com)\n\n| a |\n|---|\n| b |");
    const before = structuredClone(tree);
    renderBlocks(tree);
    expect(tree).toEqual(before);
  });
});
