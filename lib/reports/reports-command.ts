import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { cleanFreeText, UNSAFE_IN_TEXT } from "../forms/form-input";
import { normaliseReference } from "./reference";
import { REPORT_KIND_IDS, REPORT_KINDS, type ReportKind } from "./report-form";
import type { FeedbackComment, FeedbackSummary, ReportStatus, ReportStore, StoredReport } from "./store";

export interface CommandIo {
  store: ReportStore;
  now: Date;
  out: (text: string) => void;
  err: (text: string) => void;
}

export const REPORTS_USAGE = `用法：
  npm run reports -- list [--kind 类型] [--status open|resolved|all]   列出举报（默认只列未处理的，最新的在前）
  npm run reports -- show TD-编号                                       查看一份举报的全部内容（含联系方式）
  npm run reports -- resolve TD-编号 --note "处理说明"                  标记为已处理，并写下处理说明
  npm run reports -- export [--kind 类型] [--status …] [--out 文件.csv]  导出为 CSV（默认输出到屏幕）
  npm run reports -- purge --older-than 180d                             删除处理完超过这么久的举报（d 天，h 小时）
类型：${REPORT_KIND_IDS.map((kind) => `${kind}（${REPORT_KINDS[kind]}）`).join("、")}`;

const STATUS_LABELS: Record<ReportStatus, string> = { open: "未处理", resolved: "已处理" };

class UsageError extends Error {}

function kindOption(value: string | undefined): ReportKind | undefined {
  if (value === undefined) return undefined;
  if ((REPORT_KIND_IDS as readonly string[]).includes(value)) return value as ReportKind;
  throw new UsageError(`没有“${value}”这个类型。可用的类型：${REPORT_KIND_IDS.join("、")}`);
}

function statusOption(value: string | undefined, fallback: ReportStatus | undefined): ReportStatus | undefined {
  if (value === undefined) return fallback;
  if (value === "all") return undefined;
  if (value === "open" || value === "resolved") return value;
  throw new UsageError(`--status 只能是 open、resolved 或 all，收到的是“${value}”`);
}

/** "180d" or "12h" in milliseconds. */
export function parseAge(text: string | undefined): number {
  const match = (text ?? "").match(/^(\d+)(d|h)$/);
  if (!match) throw new UsageError(`--older-than 要写成天数或小时数，例如 180d 或 12h，收到的是“${text ?? ""}”`);
  return Number(match[1]) * (match[2] === "d" ? 24 : 1) * 60 * 60 * 1000;
}

function referenceArgument(text: string | undefined): string {
  const reference = normaliseReference(text ?? "");
  if (!reference) throw new UsageError(`请给出举报编号，例如 TD-7K3M9Q2XHC4T，收到的是“${text ?? ""}”`);
  return reference;
}

/**
 * A stored value as it may be printed: every character that would act on an editor's terminal
 * rather than show in it (`UNSAFE_IN_TEXT`: control characters, with which escape sequences
 * start, and the marks that reorder text; line feeds are kept) shown as its code (`\u{1B}`), so
 * text a reader sent (before input was cleaned, or by any other way into the database) is read
 * by the editor, never run by the terminal.
 */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, (character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

function oneLine(text: string, max: number): string {
  const flat = forTerminal(text.replace(/\s+/g, " "));
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function where(report: StoredReport): string {
  return forTerminal(report.section ? `${report.page}#${report.section}` : report.page);
}

function describe(report: StoredReport): string {
  return [
    `编号：${report.reference}`,
    `状态：${STATUS_LABELS[report.status]}`,
    `提交时间：${report.createdAt}`,
    `类型：${REPORT_KINDS[report.kind]}`,
    `页面：${where(report)}`,
    `联系方式（${report.contact.type === "email" ? "邮箱" : "电话"}）：${forTerminal(report.contact.value)}`,
    "说明：",
    forTerminal(report.description),
    ...(report.status === "resolved"
      ? [`处理时间：${report.resolvedAt ?? ""}`, `处理说明：${forTerminal(report.resolutionNote ?? "")}`]
      : []),
  ].join("\n");
}

/**
 * The reports as CSV for a spreadsheet: a UTF-8 byte order mark (for Excel), a header row, one
 * row per report. Every field is quoted, so a line break inside a description (a bare CR or
 * LF included) stays inside its cell; csv-stringify's own `escape_formulas` puts a ' before a
 * cell a spreadsheet would run as a formula (= + - @, their full-width forms, a leading tab or
 * CR); and the other control characters are left out of every cell.
 */
export function reportsCsv(reports: readonly StoredReport[]): string {
  const rows = reports.map((report) =>
    [
      report.reference,
      report.createdAt,
      report.status,
      report.kind,
      report.page,
      report.section ?? "",
      report.description,
      report.contact.type,
      report.contact.value,
      report.resolvedAt ?? "",
      report.resolutionNote ?? "",
    ].map(withoutControls),
  );
  const header = [
    "reference",
    "created_at",
    "status",
    "kind",
    "page",
    "section",
    "description",
    "contact_type",
    "contact",
    "resolved_at",
    "resolution_note",
  ];
  return `\uFEFF${stringify([header, ...rows], { quoted: true, quoted_empty: true, escape_formulas: true, record_delimiter: "\r\n" })}`;
}

/** A cell's text without control characters and reordering marks; tabs and CRs are kept for escape_formulas and quoting to handle. */
function withoutControls(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, (character) => (character === "\t" || character === "\r" ? character : ""));
}

/** Node's own argument errors (`util.parseArgs`), said in Chinese; undefined for any other error. */
function argumentsMessage(error: unknown): string | undefined {
  const { code, message } = error as { code?: string; message?: string };
  if (!code?.startsWith("ERR_PARSE_ARGS")) return undefined;
  const option = message?.match(/'(-[^' ]+)/)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `没有 ${option} 这个选项。`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `选项 ${option} 后面要跟一个值。`;
  return `命令的写法不对：${message ?? ""}`;
}

/** `npm run reports -- …`: returns the exit code. */
export function runReportsCommand(argv: readonly string[], io: CommandIo, writeFile: (file: string, text: string) => void): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        kind: { type: "string" },
        status: { type: "string" },
        note: { type: "string" },
        out: { type: "string" },
        "older-than": { type: "string" },
      },
    });
    const [command, argument] = positionals;
    switch (command) {
      case "list": {
        const reports = io.store.listReports({ kind: kindOption(values.kind), status: statusOption(values.status, "open") });
        if (reports.length === 0) io.out("没有符合条件的举报。");
        for (const report of reports) {
          io.out(
            `${report.reference}  ${report.createdAt.slice(0, 16).replace("T", " ")}  ${STATUS_LABELS[report.status]}  ${REPORT_KINDS[report.kind]}  ${where(report)}  ${oneLine(report.description, 40)}`,
          );
        }
        return 0;
      }
      case "show": {
        const report = io.store.findReport(referenceArgument(argument));
        if (!report) throw new UsageError(`找不到编号为 ${argument} 的举报。用 list --status all 查看全部编号。`);
        io.out(describe(report));
        return 0;
      }
      case "resolve": {
        const reference = referenceArgument(argument);
        const note = cleanFreeText(values.note ?? "").trim();
        if (!note) throw new UsageError('请用 --note "…" 写下怎么处理的，例如 --note "已改正第三节的利率说明"');
        const report = io.store.resolveReport(reference, note, io.now);
        if (!report) throw new UsageError(`找不到编号为 ${reference} 的举报。`);
        io.out(`已标记为已处理：${report.reference}`);
        return 0;
      }
      case "export": {
        const reports = io.store.listReports({ kind: kindOption(values.kind), status: statusOption(values.status, undefined) });
        const csv = reportsCsv(reports);
        if (values.out) {
          writeFile(values.out, csv);
          io.out(`已导出 ${reports.length} 份举报到 ${values.out}`);
        } else io.out(csv);
        return 0;
      }
      case "purge": {
        const cutoff = new Date(io.now.getTime() - parseAge(values["older-than"]));
        const removed = io.store.purgeResolved(cutoff);
        io.out(`已删除 ${removed} 份在 ${cutoff.toISOString()} 之前处理完的举报。`);
        return 0;
      }
      default:
        throw new UsageError(command ? `没有“${command}”这个命令。` : "请给出一个命令。");
    }
  } catch (error) {
    const message = error instanceof UsageError ? error.message : argumentsMessage(error);
    if (message === undefined) throw error;
    io.err(`${message}\n\n${REPORTS_USAGE}`);
    return 1;
  }
}

export const FEEDBACK_USAGE = `用法：
  npm run feedback                                 按文章汇总“有帮助 / 没帮助”
  npm run feedback -- comments [文章 slug]          查看读者的留言（最新的在前）
  npm run feedback -- purge --older-than 180d       删除这么久以前的反馈和留言（d 天，h 小时）`;

/** `npm run feedback -- …`: returns the exit code. */
export function runFeedbackCommand(argv: readonly string[], io: CommandIo): number {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { "older-than": { type: "string" } } });
    const [command, argument] = positionals;
    switch (command) {
      case undefined:
        io.out(feedbackReport(io.store.feedbackSummary()));
        return 0;
      case "comments":
        io.out(feedbackCommentsReport(io.store.feedbackComments(argument)));
        return 0;
      case "purge": {
        const cutoff = new Date(io.now.getTime() - parseAge(values["older-than"]));
        const removed = io.store.purgeFeedback(cutoff);
        io.out(`已删除 ${removed} 条在 ${cutoff.toISOString()} 之前收到的反馈（连同留言）。`);
        return 0;
      }
      default:
        throw new UsageError(`没有“${command}”这个命令。`);
    }
  } catch (error) {
    const message = error instanceof UsageError ? error.message : argumentsMessage(error);
    if (message === undefined) throw error;
    io.err(`${message}\n\n${FEEDBACK_USAGE}`);
    return 1;
  }
}

/** `npm run feedback -- comments [slug]`: the comments readers left, newest first. */
export function feedbackCommentsReport(comments: readonly FeedbackComment[]): string {
  if (comments.length === 0) return "还没有收到带留言的反馈。";
  return comments
    .map(
      (row) =>
        `${row.createdAt.slice(0, 10)}  ${forTerminal(row.article)}  ${row.helpful ? "有帮助" : "没帮助"}  ${oneLine(row.comment, 200)}`,
    )
    .join("\n");
}

/** `npm run feedback`: helpful and not-helpful answers per article. */
export function feedbackReport(summary: readonly FeedbackSummary[]): string {
  if (summary.length === 0) return "还没有收到任何反馈。";
  const lines = summary.map((row) => {
    const total = row.helpful + row.notHelpful;
    const share = Math.round((row.helpful / total) * 100);
    return `${forTerminal(row.article)}  有帮助 ${row.helpful}  没帮助 ${row.notHelpful}  （${share}% 觉得有帮助）  留言 ${row.comments}  最近一次 ${row.lastAt.slice(0, 10)}`;
  });
  return ["文章  有帮助  没帮助  留言数  最近一次", ...lines].join("\n");
}
