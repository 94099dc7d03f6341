import { describe, expect, it } from "vitest";
import { boundReport, omittedLines, problemKind } from "@/lib/content/bounded-report";
import type { Diagnostic } from "@/lib/content/diagnostics";

const problem = (file: string, message: string, severity: Diagnostic["severity"] = "error"): Diagnostic => ({
  file,
  line: 3,
  column: 1,
  severity,
  message,
});

describe("problemKind", () => {
  it("is the same for messages that differ only in the article's own words, files and numbers", () => {
    const kinds = [
      problem("a.md", "标题“借呗逾期了怎么办”和另外 9,999 篇文章相同，例如 b.md、c.md"),
      problem("b.md", "标题“另一篇”和另外 2 篇文章相同，例如 a.md、d.md"),
      problem("c.md", '链接 "/articles/no-such" 指向的文章不存在：请检查文件名（不带 .md）'),
      problem("d.md", '链接 "/articles/other" 指向的文章不存在：请检查文件名（不带 .md）'),
    ].map(problemKind);
    expect(kinds[0]).toBe(kinds[1]);
    expect(kinds[2]).toBe(kinds[3]);
    expect(kinds[0]).not.toBe(kinds[2]);
  });

  it("keeps errors and warnings with the same words apart", () => {
    expect(problemKind(problem("a.md", "同一句话", "error"))).not.toBe(problemKind(problem("a.md", "同一句话", "warning")));
  });
});

describe("boundReport", () => {
  const many = Array.from({ length: 50 }, (_, i) => problem(`${i}.md`, `标题“第 ${i} 篇”太长`));
  const other = problem("x.md", "文章开头需要至少一段导语");

  it("lists the first problems of each kind in order and counts the rest", () => {
    const { shown, omitted } = boundReport([...many.slice(0, 30), other, ...many.slice(30)], 20);
    expect(shown).toEqual([...many.slice(0, 20), other]);
    expect(omitted).toEqual([{ count: 30, first: many[20] }]);
  });

  it("leaves out nothing when every kind fits", () => {
    expect(boundReport([other, ...many.slice(0, 5)], 20)).toEqual({ shown: [other, ...many.slice(0, 5)], omitted: [] });
  });

  it("ends with one line per kind left out and how to list them all", () => {
    const { omitted } = boundReport(many, 20);
    expect(omittedLines(omitted)).toEqual([
      "另有 30 个问题和上面列出的同类，没有逐条列出：",
      "  30 个同类问题，从这一个开始：20.md:3:1: error: 标题“第 20 篇”太长",
      "要逐条列出全部问题，请运行：npm run content:check -- --all",
    ]);
    expect(omittedLines([])).toEqual([]);
  });
});
