import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { INPUT_SHAPES, articleAround } from "@/bench/input-shapes";
import { renderBlocks } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse-article";
import {
  MAX_BRACKETS_PER_PARAGRAPH,
  MAX_CODE_RUNS_PER_PARAGRAPH,
  MAX_DELIMITER_RUNS_PER_PARAGRAPH,
  MAX_LIST_ITEMS,
  MAX_NESTING,
  MAX_TABLE_ROWS,
  guardInput,
} from "@/lib/content/parse-guards";
import { parseMarkdown } from "@/lib/content/parse-markdown";

/** Stock remark (micromark) with GitHub's extensions, as configured for articles. */
const remark = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).freeze();

const remarkHtml = (markdown: string) => renderBlocks(remark.parse(markdown).children).html;
const ourHtml = (markdown: string) => renderBlocks(parseMarkdown(markdown).root.children.filter((node) => node.type !== "yaml")).html;

const { tests: SPEC } = createRequire(import.meta.url)("commonmark-spec") as { tests: { markdown: string; number: number }[] };

const FILES = [
  ...[
    "content/articles",
    "tests/fixtures/valid/articles",
    "tests/fixtures/broken/articles",
    "tests/fixtures/parser-positions/articles",
  ].flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name))),
  "tests/fixtures/hostile/corpus.md",
];

/** The tree as JSON, for comparing two parses exactly (positions included). */
const treeOf = (markdown: string, extensions?: "always") => JSON.stringify(parseMarkdown(markdown, extensions ? { extensions } : {}));

/** A JSON replacer that blanks what only rendering fills: the HTML fields and the plain text beside them. */
const withoutRendering = (key: string, value: unknown) => (/html$|text$|^intro$|^outro$/i.test(key) ? "" : value);

const MARKDOWN_CHARS = [..."#*_-`[]()<>!:|~\\\"'^@. \n\t", ..."借呗逾期", ..."awx01"];
const LINES = [
  "| a | b |\n|:--|--:|\n| x | y |",
  "a | b\n-- | --",
  "~~删~~ ~单~",
  "- [ ] 待办\n- [x] 完成",
  "www.example.com a@b.cn https://x.y",
  "[^1] 和 [^1]: 注释",
  "[a]: /u\n[a]",
];
const markdown = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LINES),
      fc.array(fc.constantFrom(...MARKDOWN_CHARS), { maxLength: 60 }).map((chars) => chars.join("")),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join("\n"));

describe("the Markdown parser (remark)", () => {
  it("renders every CommonMark example as stock remark does, apart from frontmatter", () => {
    const differing = SPEC.filter((example) => ourHtml(example.markdown) !== remarkHtml(example.markdown)).map((example) => example.number);
    // Examples 96 and 98 start with a `---` line that closes further down: for us, frontmatter.
    expect(differing).toEqual([96, 98]);
  });

  // Footnotes differ on purpose: every `[^x]` is a footnote, and what a definition says is not rendered.
  it.each(FILES.filter((file) => !readFileSync(file, "utf8").includes("[^")))("renders %s as stock remark does", (file) => {
    const source = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => frontmatter.replace(/[^\n]/g, ""));
    expect(ourHtml(source)).toBe(remarkHtml(source));
  });

  it("reads text that cannot use GitHub's extensions to the same tree without them", () => {
    for (const example of SPEC) expect(treeOf(example.markdown)).toBe(treeOf(example.markdown, "always"));
    // Found by the property below: a single tilde changes which `*` can open emphasis beside it.
    for (const text of ["逾*~*", "逾_~_", "~*逾*"]) expect(treeOf(text), text).toBe(treeOf(text, "always"));
    for (const file of FILES) {
      const source = readFileSync(file, "utf8");
      expect(treeOf(source)).toBe(treeOf(source, "always"));
    }
    fc.assert(
      fc.property(markdown, (text) => {
        expect(treeOf(text)).toBe(treeOf(text, "always"));
      }),
      { numRuns: 500 },
    );
  });

  it.each(FILES)("checks %s as fully without rendering, leaving only the HTML empty", (file) => {
    const bytes = readFileSync(file);
    const rendered = parseArticle(file, bytes, { render: renderBlocks });
    const checked = parseArticle(file, bytes);
    expect(checked.diagnostics).toEqual(rendered.diagnostics);
    expect(checked.sources).toEqual(rendered.sources);
    expect(JSON.stringify(checked.article, withoutRendering)).toBe(JSON.stringify(rendered.article, withoutRendering));
    if (checked.article) expect([checked.article.leadHtml, checked.article.leadText]).toEqual(["", ""]);
  });

  it("reads frontmatter as the first node, keeping the body's line numbers", () => {
    const { root } = parseMarkdown("---\ntitle: 标题\n---\n\n正文");
    expect(root.children[0]).toMatchObject({ type: "yaml", value: "title: 标题", position: { start: { line: 1 }, end: { line: 3 } } });
    expect(root.children[1]).toMatchObject({ type: "paragraph", position: { start: { line: 5, column: 1 } } });
    expect(parseMarkdown("---\n\ntitle: 标题\n\n---\n").root.children[0]).toMatchObject({ type: "yaml", value: "\ntitle: 标题\n" });
  });

  it("reads a footnote after an unclosed frontmatter fence as a footnote", () => {
    expect(parseMarkdown("---\n\n[^1]: 注释").root.children.map((node) => node.type)).toEqual(["thematicBreak", "footnoteDefinition"]);
  });

  it("resolves references to plain links and images, and keeps footnotes for the checks to reject", () => {
    const { root } = parseMarkdown(
      '见[官网][site]和![图][pic]。[^1]，[^没有定义]\n\n[site]: https://example.com "标题"\n[pic]: /images/a.png\n[^1]: 注释',
    );
    expect(root.children[0]).toMatchObject({
      type: "paragraph",
      children: [
        { type: "text", value: "见" },
        { type: "link", url: "https://example.com", title: "标题", children: [{ type: "text", value: "官网" }] },
        { type: "text", value: "和" },
        { type: "image", url: "/images/a.png", alt: "图" },
        { type: "text", value: "。" },
        { type: "footnoteReference", label: "^1", position: { start: { line: 1, column: 23 } } },
        { type: "text", value: "，" },
        { type: "footnoteReference", label: "^没有定义" },
      ],
    });
    expect(root.children.map((node) => node.type)).toEqual(["paragraph", "definition", "definition", "footnoteDefinition"]);
    // What a footnote says is still read (and checked), but never rendered.
    expect(root.children[3]).toMatchObject({ label: "^1", children: [{ type: "paragraph" }] });
    expect(renderBlocks(root.children).html).not.toContain("注释");
  });

  it("leaves a single tilde alone, so ranges like 3~5 天 are never struck through", () => {
    expect(ourHtml("逾期 3~5 天，再过 7~10 天")).toBe("<p>逾期 3~5 天，再过 7~10 天</p>");
    expect(ourHtml("~~删除~~")).toBe("<p><del>删除</del></p>");
  });

  it.each([
    ["官网www.example.com、然后", '<p>官网<a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a>、然后</p>'],
    ["（www.example.com）", '<p>（<a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a>）</p>'],
    [
      "网址：https://example.com，然后",
      '<p>网址：<a href="https://example.com" rel="noopener noreferrer">https://example.com</a>，然后</p>',
    ],
    [
      "网址：https://example.com/路径，然后",
      '<p>网址：<a href="https://example.com/%E8%B7%AF%E5%BE%84%EF%BC%8C%E7%84%B6%E5%90%8E" rel="noopener noreferrer">https://example.com/路径，然后</a></p>',
    ],
    [
      "www.a.com、www.b.com",
      '<p><a href="http://www.a.com" rel="noopener noreferrer">www.a.com</a>、<a href="http://www.b.com" rel="noopener noreferrer">www.b.com</a></p>',
    ],
    ["邮箱：a@b.cn，或 mailto:a@b.cn、", '<p>邮箱：<a href="mailto:a@b.cn">a@b.cn</a>，或 <a href="mailto:a@b.cn">mailto:a@b.cn</a>、</p>'],
    ["http://example.com?a=1", '<p><a href="http://example.com" rel="noopener noreferrer">http://example.com</a>?a=1</p>'],
    ["**www.example.com**", '<p><strong><a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a></strong></p>'],
    [
      "[www.example.com](/x) <https://example.com>、",
      '<p><a href="/x">www.example.com</a> <a href="https://example.com" rel="noopener noreferrer">https://example.com</a>、</p>',
    ],
    ["WWW.EXAMPLE.COM xwww.example.com", "<p>WWW.EXAMPLE.COM xwww.example.com</p>"],
  ])("links the bare address in %s as the site always has, up to the Chinese after it", (markdown, html) => {
    expect(ourHtml(markdown)).toBe(html);
  });

  it("places a bare address's link where it is written, in quotes and lists too", () => {
    const { root } = parseMarkdown("> 见\n> 官网 www.example.com，然后\n\n- 项\n  a&amp;b www.example.com");
    const links: string[] = [];
    const walk = (node: { type: string; position?: { start: { line: number; column: number } }; children?: unknown[] }) => {
      if (node.type === "link") links.push(`${node.position?.start.line}:${node.position?.start.column}`);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(root);
    expect(links).toEqual(["2:6", "5:11"]);
  });

  it("keeps raw HTML as written, and a code span's line breaks as spaces", () => {
    const { root } = parseMarkdown("> <div>\n> 块\n> </div>\n\n`跨\n行`");
    expect(root.children[0]).toMatchObject({ type: "blockquote", children: [{ type: "html", value: "<div>\n> 块\n> </div>" }] });
    expect(root.children[1]).toMatchObject({ type: "paragraph", children: [{ type: "inlineCode", value: "跨 行" }] });
  });

  it("places blocks where the messages about them have always pointed", () => {
    const starts = (markdown: string) =>
      parseMarkdown(markdown).root.children.map((node) => `${node.type}@${node.position?.start.line}:${node.position?.start.column}`);
    expect(starts(" - 缩进的列表")).toEqual(["list@1:1"]);
    expect(
      (parseMarkdown("  1. 一\n  2. 二").root.children[0] as { children: { position: { start: { column: number } } }[] }).children.map(
        (item) => item.position.start.column,
      ),
    ).toEqual([1, 1]);
    expect(starts("  <div>块</div>")).toEqual(["html@1:3"]);
    expect(starts("      代码")).toEqual(["code@1:5"]);
    expect(starts("[a]: /u\n标题\n===")).toEqual(["definition@1:1", "heading@2:1"]);
    const quoted = parseMarkdown(">  - 项").root.children[0] as { children: { position: { start: { column: number } } }[] };
    expect(quoted.children[0]?.position.start.column).toBe(3);
  });
});

describe("input that would make parsing slow", () => {
  const guard = (text: string) => guardInput(text, 0);
  const lines = (text: string) => guard(text).problems.map((problem) => `${problem.at.line}:${problem.at.column}`);

  it("keeps quotes nested past the limit as text, as written", () => {
    const deep = `正文\n\n${"> ".repeat(MAX_NESTING + 5)}太深了`;
    expect(lines(deep)).toEqual(["3:1"]);
    expect(lines(`${"> ".repeat(MAX_NESTING)}刚好`)).toEqual([]);
    const { root, problems } = parseMarkdown(deep);
    expect(problems[0]?.message).toMatch(/^引用（>）或列表嵌套超过了 32 层/);
    expect(ourHtml(deep)).toContain(`${"&#x3C;".repeat(0)}> > > > > 太深了`);
    expect(JSON.stringify(root)).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it("stops parsing links in a paragraph with too many brackets, and only in that paragraph", () => {
    const crowded = "[a]".repeat(MAX_BRACKETS_PER_PARAGRAPH + 1);
    const text = `正常段落 [链接](/x)\n\n${crowded}\n还是这一段`;
    expect(lines(text)).toEqual(["3:1"]);
    expect(lines("[a]".repeat(MAX_BRACKETS_PER_PARAGRAPH))).toEqual([]);
    const { root } = parseMarkdown(text);
    expect(root.children[0]).toMatchObject({ type: "paragraph", children: [{ type: "text" }, { type: "link", url: "/x" }] });
    expect(root.children[1]).toMatchObject({ type: "paragraph", children: [{ type: "text", value: `${crowded}\n还是这一段` }] });
  });

  it("stops parsing emphasis in a paragraph with too many * _ ~ runs", () => {
    expect(lines("*a ".repeat(MAX_DELIMITER_RUNS_PER_PARAGRAPH + 1))).toEqual(["1:1"]);
    expect(lines("**粗**".repeat(MAX_DELIMITER_RUNS_PER_PARAGRAPH / 2))).toEqual([]);
  });

  it("stops parsing code spans in a paragraph with too many backtick runs", () => {
    const text = "`a` ".repeat(MAX_CODE_RUNS_PER_PARAGRAPH / 2 + 1);
    expect(guard(text).problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^这一段的反引号 ` 超过了 2000 组/)]);
    expect(parseMarkdown(text).root.children[0]).toMatchObject({ type: "paragraph", children: [{ type: "text", value: text.trim() }] });
  });

  it("cuts tables past the row limit, reporting it at the table and keeping later positions", () => {
    const table = `导语\n\n> | a |\n> |---|\n${"> | x |\n".repeat(MAX_TABLE_ROWS + 10)}\n[坏](javascript:x)`;
    const { root, problems } = parseMarkdown(table);
    const quote = root.children[1] as { children: { type: string; children: unknown[] }[] };
    expect(quote.children[0]?.type).toBe("table");
    expect(quote.children[0]?.children).toHaveLength(MAX_TABLE_ROWS);
    expect(problems.map((problem) => `${problem.at.line}:${problem.at.column} ${problem.message}`)).toEqual([
      `3:3 表格有 ${MAX_TABLE_ROWS + 10 + 1} 行，超过了 ${MAX_TABLE_ROWS} 行，多出的行不会显示：请把它拆成几个小表格`,
    ]);
    const last = root.children.at(-1);
    expect(last?.position?.start).toMatchObject({ line: MAX_TABLE_ROWS + 16, column: 1, offset: table.lastIndexOf("[") });
  });

  it("cuts lists past the item limit, reporting it at the list", () => {
    const list = `导语\n\n${Array.from({ length: MAX_LIST_ITEMS + 5 }, (_, i) => `${"  ".repeat(i % 3)}- 第 ${i} 项`).join("\n")}\n\n结尾`;
    const { root, problems } = parseMarkdown(list);
    expect(problems.map((problem) => `${problem.at.line}:${problem.at.column}`)).toEqual(["3:1"]);
    expect(problems[0]?.message).toBe(
      `列表有 ${MAX_LIST_ITEMS + 5} 项，超过了 ${MAX_LIST_ITEMS} 项，多出的项不会显示：请把它拆成几个小列表`,
    );
    expect(root.children.at(-1)).toMatchObject({ type: "paragraph", position: { start: { line: MAX_LIST_ITEMS + 9 } } });
  });

  it("parses a long run that only looks like a table as it is", () => {
    const text = `| a | b |\n|---|\n${"| x |\n".repeat(MAX_TABLE_ROWS + 5)}`;
    const { root, problems } = parseMarkdown(text);
    expect(problems).toEqual([]);
    expect(root.children[0]?.type).toBe("paragraph");
  });

  it("leaves ordinary articles alone", () => {
    for (const file of FILES.filter((name) => name.endsWith(".md"))) {
      const source = readFileSync(file, "utf8");
      const guarded = guard(source);
      expect(guarded.problems, file).toEqual([]);
      expect(guarded.text === source, file).toBe(true);
    }
  });

  it("reports a defused paragraph to the editor and still shows its text as written", () => {
    const { diagnostics } = parseArticle("articles/x.md", new TextEncoder().encode(articleAround("[a](".repeat(600_000 / 4))));
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.column} ${d.message.slice(0, 20)}`)).toEqual([
      "11:1 这一段的方括号 [ ] 超过了 1000",
    ]);
    const { root } = parseMarkdown("[a](".repeat(2_000));
    expect(root.children[0]).toMatchObject({ type: "paragraph", children: [{ type: "text", value: "[a](".repeat(2_000) }] });
  });

  /** Best of five runs, in milliseconds. */
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
