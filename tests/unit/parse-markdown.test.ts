import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { INPUT_SHAPES, articleAround } from "@/bench/input-shapes";
import { renderBlocks } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse-article";
import {
  MAX_BRACKETS_PER_PARAGRAPH,
  MAX_DELIMITER_RUNS_PER_PARAGRAPH,
  MAX_NESTING,
  MAX_TABLE_ROWS,
  defuseQuadraticInput,
  parseMarkdown,
} from "@/lib/content/parse-markdown";

/** remark (micromark), the reference the Lezer-based parser is held to. */
const remark = unified().use(remarkParse).use(remarkGfm).freeze();

function remarkHtml(markdown: string): string {
  const root = remark.parse(markdown);
  const definitions = root.children.filter((node) => node.type === "definition");
  return renderBlocks([...root.children.filter((node) => node.type !== "yaml"), ...definitions]);
}

function ourHtml(markdown: string): string {
  return renderBlocks(parseMarkdown(markdown).root.children.filter((node) => node.type !== "yaml"));
}

/** Frontmatter stripped, as parse-article hands the body on: remark here has no frontmatter plugin. */
function body(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => frontmatter.replace(/[^\n]/g, ""));
}

const { tests: SPEC } = createRequire(import.meta.url)("commonmark-spec") as {
  tests: { markdown: string; number: number; section: string }[];
};

/**
 * CommonMark examples where Lezer parses differently from micromark. All are corner cases of
 * reference links and indentation that no article depends on.
 */
const KNOWN_DIFFERENCES = new Map([
  [96, "a document that starts with --- is read as frontmatter"],
  [98, "a document that starts with --- is read as frontmatter"],
  [112, "a whitespace-only line inside indented code keeps no spaces"],
  [512, "brackets nested inside link text"],
  [523, "emphasis that crosses a link's bracket"],
  [528, "brackets nested inside a reference link's text"],
  [569, "three bracket groups in a row"],
  [571, "three bracket groups in a row, two defined"],
  [606, "remark-gfm turns an escaped e-mail address inside <…> into a link"],
]);

describe("the Markdown parser", () => {
  it("renders every CommonMark example as remark does, apart from the known differences", () => {
    const differing = SPEC.filter((example) => ourHtml(example.markdown) !== remarkHtml(example.markdown)).map((example) => example.number);
    expect(differing).toEqual([...KNOWN_DIFFERENCES.keys()]);
  });

  const files = [
    ...["content/articles", "tests/fixtures/valid/articles", "tests/fixtures/broken/articles"].flatMap((dir) =>
      readdirSync(dir).map((name) => path.join(dir, name)),
    ),
    "tests/fixtures/hostile/corpus.md",
  ];

  it.each(files)("renders %s exactly as remark does", (file) => {
    const source = body(readFileSync(file, "utf8"));
    expect(ourHtml(source)).toBe(remarkHtml(source));
  });

  it.each(files)("places the headings, lists, links and images of %s where remark does", (file) => {
    const source = body(readFileSync(file, "utf8"));
    const starts = (root: Root) => {
      const found: string[] = [];
      const walk = (node: Nodes) => {
        // Our parser resolves references, remark keeps them as references.
        const type = node.type === "linkReference" ? "link" : node.type === "imageReference" ? "image" : node.type;
        if (["heading", "list", "listItem", "paragraph", "link", "image", "table", "code", "blockquote"].includes(type)) {
          found.push(`${type}@${node.position?.start.line}:${node.position?.start.column}`);
        }
        if ("children" in node) node.children.forEach(walk);
      };
      walk(root);
      return found;
    };
    expect(starts(parseMarkdown(source).root)).toEqual(starts(remark.parse(source)));
  });

  it.each(files)("checks %s as fully without rendering, leaving only the HTML empty", (file) => {
    const bytes = readFileSync(file);
    const rendered = parseArticle(file, bytes, { render: renderBlocks });
    const checked = parseArticle(file, bytes);
    expect(checked.diagnostics).toEqual(rendered.diagnostics);
    expect(checked.sources).toEqual(rendered.sources);
    expect(JSON.stringify(checked.article, (key, value) => (/html$|^intro$|^outro$/i.test(key) ? "" : value))).toBe(
      JSON.stringify(rendered.article, (key, value) => (/html$|^intro$|^outro$/i.test(key) ? "" : value)),
    );
    if (checked.article) expect(checked.article.leadHtml).toBe("");
  });

  it("reads frontmatter as the first node, keeping the body's line numbers", () => {
    const { root } = parseMarkdown("---\ntitle: 标题\n---\n\n正文");
    expect(root.children[0]).toMatchObject({ type: "yaml", value: "title: 标题", position: { start: { line: 1 }, end: { line: 3 } } });
    expect(root.children[1]).toMatchObject({ type: "paragraph", position: { start: { line: 5, column: 1 } } });
  });

  it("resolves references to plain links and images, and keeps footnotes for the checks to reject", () => {
    const { root } = parseMarkdown(
      '见[官网][site]和![图][pic]。[^1]\n\n[site]: https://example.com "标题"\n[pic]: /images/a.png\n[^1]: 注释',
    );
    const paragraph = root.children[0];
    expect(paragraph).toMatchObject({
      type: "paragraph",
      children: [
        { type: "text", value: "见" },
        { type: "link", url: "https://example.com", title: "标题" },
        { type: "text", value: "和" },
        { type: "image", url: "/images/a.png", alt: "图" },
        { type: "text", value: "。" },
        { type: "footnoteReference", label: "^1" },
      ],
    });
    expect(root.children.map((node) => node.type)).toEqual(["paragraph", "definition", "definition", "footnoteDefinition"]);
  });
});

describe("input that would make parsing slow", () => {
  const lineOf = (text: string, reason: string) =>
    defuseQuadraticInput(text)
      .defused.filter((d) => d.reason === reason)
      .map((d) => d.line);

  it("keeps quotes nested past the limit as text", () => {
    const deep = `正文\n\n${"> ".repeat(MAX_NESTING + 5)}太深了`;
    expect(lineOf(deep, "nesting")).toEqual([3]);
    expect(lineOf(`${"> ".repeat(MAX_NESTING)}刚好`, "nesting")).toEqual([]);
  });

  it("stops parsing links in a paragraph with too many brackets, and only in that paragraph", () => {
    const crowded = "[a]".repeat(MAX_BRACKETS_PER_PARAGRAPH + 1);
    expect(lineOf(`正常段落 [链接](/x)\n\n${crowded}\n还是这一段`, "brackets")).toEqual([3]);
    expect(lineOf("[a]".repeat(MAX_BRACKETS_PER_PARAGRAPH), "brackets")).toEqual([]);
  });

  it("stops parsing emphasis in a paragraph with too many * _ ~ runs", () => {
    expect(lineOf("*a ".repeat(MAX_DELIMITER_RUNS_PER_PARAGRAPH + 1), "emphasis")).toEqual([1]);
    expect(lineOf("**粗**".repeat(MAX_DELIMITER_RUNS_PER_PARAGRAPH / 2), "emphasis")).toEqual([]);
  });

  it("defuses the lines of unclosed link destinations that cost the most, down to the budget", () => {
    const text = ["[a](".repeat(300), "[b](/fine)", "[c](".repeat(100)].join("\n");
    const { text: defused, defused: lines } = defuseQuadraticInput(text, 50_000);
    expect(lines).toEqual([{ line: 1, reason: "link-scan" }]);
    expect(defused.length).toBe(text.length);
    expect(defused.split("\n")[1]).toBe("[b](/fine)");
  });

  it("leaves ordinary articles alone", () => {
    for (const name of readdirSync("content/articles")) {
      const source = readFileSync(path.join("content/articles", name), "utf8");
      expect(defuseQuadraticInput(source).defused).toEqual([]);
    }
  });

  it("reports a defused line to the editor and still shows its text as written", () => {
    const source = `---\ntitle: 标题\ndescription: 摘要\ndate: 2026-01-01\n---\n\n导语。\n\n## 是什么 {#definition}\n\n${"[a](".repeat(600_000 / 4)}\n`;
    const { diagnostics } = parseArticle("articles/x.md", new TextEncoder().encode(source));
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.column} ${d.message.slice(0, 20)}`)).toEqual([
      "11:1 这一段的方括号 [ ] 超过了 1000",
    ]);
    const { root } = parseMarkdown(`[a](`.repeat(2_000));
    expect(root.children[0]).toMatchObject({ type: "paragraph", children: [{ type: "text", value: "[a](".repeat(2_000) }] });
  });

  it("cuts tables past the row limit", () => {
    const table = `| a |\n|---|\n${"| x |\n".repeat(MAX_TABLE_ROWS + 10)}`;
    const { root, problems } = parseMarkdown(table);
    expect(root.children[0]).toMatchObject({ type: "table" });
    expect((root.children[0] as { children: unknown[] }).children).toHaveLength(MAX_TABLE_ROWS);
    expect(problems.map((p) => p.at.line)).toEqual([1]);
  });

  /** Best of three runs, in milliseconds. */
  function parseTime(source: string): number {
    const bytes = new TextEncoder().encode(source);
    return Math.min(
      ...[0, 1, 2, 3, 4].map(() => {
        const started = performance.now();
        parseArticle("articles/x.md", bytes, { render: renderBlocks });
        return performance.now() - started;
      }),
    );
  }

  // Linear time means eight times the input takes about eight times as long; quadratic would be
  // sixty-four. The bound sits far from both, since other tests share the two cores meanwhile.
  it.each(Object.keys(INPUT_SHAPES))("parses %s in time linear in the input", (shape) => {
    const make = INPUT_SHAPES[shape] as (size: number) => string;
    parseTime(articleAround(make(16_000)));
    const ratio = parseTime(articleAround(make(256_000))) / parseTime(articleAround(make(32_000)));
    expect(ratio).toBeLessThan(24);
  });
});
