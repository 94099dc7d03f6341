import { describe, expect, it } from "vitest";
import { isCalendarDate } from "@/lib/dates/calendar-dates";
import { formatDiagnostic, sortDiagnostics, summarize, type Diagnostic } from "@/lib/content/diagnostics";
import { pointAt } from "@/lib/content/decode-source";

const at = (file: string, line: number, column: number, severity: Diagnostic["severity"] = "error"): Diagnostic => ({
  file,
  line,
  column,
  severity,
  message: "m",
});

describe("diagnostics", () => {
  it("format as file:line:col: severity: message", () => {
    expect(formatDiagnostic(at("a.md", 3, 7, "warning"))).toBe("a.md:3:7: warning: m");
  });

  it("sort by file, line and column", () => {
    const sorted = sortDiagnostics([at("b.md", 1, 1), at("a.md", 9, 2), at("a.md", 9, 1), at("a.md", 2, 5)]);
    expect(sorted.map(formatDiagnostic)).toEqual(["a.md:2:5: error: m", "a.md:9:1: error: m", "a.md:9:2: error: m", "b.md:1:1: error: m"]);
  });

  it("summarize errors and warnings in one line", () => {
    expect(summarize([], 6)).toBe("检查了 6 篇文章：没有发现问题。");
    expect(summarize([at("a.md", 1, 1, "warning")], 6)).toBe("检查了 6 篇文章：0 个错误，1 个警告。");
    expect(summarize([at("a.md", 1, 1), at("a.md", 2, 1, "warning")], 2)).toBe("检查了 2 篇文章：1 个错误，1 个警告。请先修正错误再发布。");
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2026-11-29", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-02-30", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-04-31", false],
    ["25-04-01", false],
    ["2025-4-1", false],
  ])("%s → %s", (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });
});

describe("pointAt", () => {
  it("gives 1-based line and column of an offset", () => {
    expect(pointAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(pointAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
