/** Whether a problem stops publication (error) or only deserves a look (warning). */
export type Severity = "error" | "warning";

/** One problem in one content file, at a 1-based line and column of the original file. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

/** A place in a source file; both numbers are 1-based. */
export interface Point {
  line: number;
  column: number;
}

/** Formats a diagnostic the way compilers do, so editors and terminals can jump to it. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, message } = diagnostic;
  return `${file}:${line}:${column}: ${severity}: ${message}`;
}

/** Orders diagnostics by file (code-point order, the same in every locale), then position. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const byFile = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...diagnostics].sort((a, b) => byFile(a.file, b.file) || a.line - b.line || a.column - b.column);
}

export function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}

/** The one-line summary that ends every check. */
export function summarize(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = countErrors(diagnostics);
  const warnings = diagnostics.length - errors;
  const files = `检查了 ${fileCount} 篇文章`;
  if (diagnostics.length === 0) return `${files}：没有发现问题。`;
  return `${files}：${errors} 个错误，${warnings} 个警告。${errors > 0 ? "请先修正错误再发布。" : ""}`;
}
