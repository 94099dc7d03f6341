import { formatDiagnostic, type Diagnostic } from "./diagnostics";

/** How many problems of one kind `content:check` lists before it only counts the rest. */
export const SHOWN_PER_KIND = 20;

/**
 * What makes two messages "the same kind of problem": everything but the text that names one
 * article's content (quoted words, titles, file names, slugs in links, numbers).
 */
const SPECIFIC = /“[^”]*”|"[^"]*"|‘[^’]*’|《[^》]*》|`[^`]*`|\/articles\/[^\s，。：；）)]*|[\w.-]+\.md|\d[\d,.]*/g;

/** The kind of a problem: its severity and its message with the article-specific parts taken out. */
export function problemKind(diagnostic: Diagnostic): string {
  return `${diagnostic.severity} ${diagnostic.message.replace(SPECIFIC, "…")}`;
}

/** Problems of one kind that were not listed: how many, and the first of them as an example. */
export interface OmittedKind {
  count: number;
  first: Diagnostic;
}

/** The problems a check lists, and per kind what it leaves out. */
export interface BoundedReport {
  shown: Diagnostic[];
  omitted: OmittedKind[];
}

/**
 * Keeps the first `perKind` problems of each kind, in their order, so a folder of 10,000
 * copies of one mistake prints a screenful instead of 10,000 lines; the rest of each kind is
 * counted. Every problem still counts in the summary and the exit code.
 */
export function boundReport(diagnostics: readonly Diagnostic[], perKind = SHOWN_PER_KIND): BoundedReport {
  const seen = new Map<string, number>();
  const omitted = new Map<string, OmittedKind>();
  const shown: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const kind = problemKind(diagnostic);
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= perKind) {
      shown.push(diagnostic);
      continue;
    }
    const before = omitted.get(kind);
    if (before) before.count += 1;
    else omitted.set(kind, { count: 1, first: diagnostic });
  }
  return { shown, omitted: [...omitted.values()] };
}

/** The lines that end a bounded report: one per kind left out, and how to see everything. */
export function omittedLines(omitted: readonly OmittedKind[]): string[] {
  if (omitted.length === 0) return [];
  const total = omitted.reduce((sum, kind) => sum + kind.count, 0);
  return [
    `另有 ${total.toLocaleString("en-US")} 个问题和上面列出的同类，没有逐条列出：`,
    ...omitted.map(({ count, first }) => `  ${count.toLocaleString("en-US")} 个同类问题，从这一个开始：${formatDiagnostic(first)}`),
    "要逐条列出全部问题，请运行：npm run content:check -- --all",
  ];
}
