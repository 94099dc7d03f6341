import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse-article";
import { countCharacters } from "@/lib/content/schema";

/** Characters that make Markdown and YAML interesting: markers, brackets, quotes, CJK, line breaks. */
const MARKDOWN_CHARS = [
  ..."#*_-`[]()<>!{}:|~\\\"'/ \n\t\r\u00a0",
  ..."借呗逾期罚息征信",
  ..."abcdefxyz0123456789",
  "\u0000",
  "\uFEFF",
  "😀",
];
const markdownText = fc.array(fc.constantFrom(...MARKDOWN_CHARS), { maxLength: 400 }).map((chars) => chars.join(""));
const lines = fc.array(
  fc.oneof(
    markdownText,
    fc.constantFrom(
      "---",
      "## 标题 {#process}",
      "## 后果 {#consequences}",
      "### 小节",
      "- **标题**：说明",
      "1. **步骤**：说明",
      "<script>alert(1)</script>",
      "[x](javascript:alert(1))",
      "# 一级",
      "title: 标题",
      "date: 2025-02-30",
    ),
  ),
  { maxLength: 40 },
);
const frontmatter = "---\ntitle: 标题\ndescription: 摘要\ndate: 2026-01-01\n---\n\n";

function checkResult(source: Uint8Array | string) {
  const bytes = typeof source === "string" ? new TextEncoder().encode(source) : source;
  const lineCount = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
  const { article, diagnostics } = parseArticle("articles/fuzz.md", bytes, { render: renderBlocks });
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (article === undefined) expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
  else expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
  if (article) {
    const html = [
      article.leadHtml,
      ...article.sections.flatMap((section) => [
        "html" in section ? section.html : "",
        "intro" in section ? section.intro + section.outro : "",
        ...("items" in section ? section.items : "steps" in section ? section.steps : "tips" in section ? section.tips : []).map(
          (item) => item.html,
        ),
      ]),
    ].join("");
    expect(html).not.toMatch(/<script|javascript:|onerror=|onclick=/i);
  }
}

describe("the parser, for any input", () => {
  it("returns an article or positioned errors and never throws, on arbitrary text", () => {
    fc.assert(
      fc.property(markdownText, (text) => checkResult(text)),
      { numRuns: 300 },
    );
  });

  it("does the same on line-structured Markdown behind a valid frontmatter", () => {
    fc.assert(
      fc.property(lines, (body) => checkResult(frontmatter + body.join("\n"))),
      { numRuns: 300 },
    );
  });

  it("does the same on arbitrary bytes, valid UTF-8 or not", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => checkResult(bytes)),
      { numRuns: 300 },
    );
  });
});

describe("countCharacters", () => {
  it("counts code points, as spreading the string does, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(countCharacters(text)).toBe([...text].length);
      }),
    );
  });
});
