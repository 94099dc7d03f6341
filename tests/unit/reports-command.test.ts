import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  feedbackCommentsReport,
  feedbackReport,
  forTerminal,
  parseAge,
  reportsCsv,
  runFeedbackCommand,
  runReportsCommand,
} from "@/lib/reports/reports-command";
import type { StoredReport } from "@/lib/reports/store";
import { UNSAFE_IN_TEXT } from "@/lib/forms/form-input";
import { openSqliteStore, type ReportStore } from "@/lib/reports/store";

let folder: string;
let store: ReportStore;
let out: string[];
let err: string[];
const files = new Map<string, string>();

function run(...argv: string[]): number {
  return runReportsCommand(
    argv,
    { store, now: new Date("2026-11-29T00:00:00Z"), out: (t) => out.push(t), err: (t) => err.push(t) },
    (file, text) => files.set(file, text),
  );
}

const REPORT = {
  page: "/articles/overdue-consequences",
  section: "consequences",
  kind: "factual-error" as const,
  description: '=HYPERLINK("http://evil")，罚息倍数写错了，合同写的是 1.5 倍。',
  contact: { type: "phone" as const, value: "13800138000" },
};

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "reports-cli-"));
  store = openSqliteStore(path.join(folder, "reports.sqlite"));
  out = [];
  err = [];
  files.clear();
});
afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("npm run reports", () => {
  it("lists open reports newest first, with kind and status filters", () => {
    const older = store.addReport(REPORT, new Date("2026-11-01T00:00:00Z"));
    const newer = store.addReport({ ...REPORT, kind: "infringement" }, new Date("2026-11-02T00:00:00Z"));
    expect(run("list")).toBe(0);
    expect(out.map((line) => line.split(" ")[0])).toEqual([newer.reference, older.reference]);
    expect(out[0]).toContain("侵权");
    out = [];
    run("list", "--kind", "factual-error");
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(older.reference);
    expect(out[0]).not.toContain("13800138000");
  });

  it("shows one report in full, contact included, and resolves it with a note", () => {
    const report = store.addReport(REPORT, new Date("2026-11-01T00:00:00Z"));
    expect(run("show", report.reference.toLowerCase())).toBe(0);
    expect(out[0]).toContain("联系方式（电话）：13800138000");
    expect(out[0]).toContain(REPORT.description);
    expect(run("resolve", report.reference, "--note", "已改正")).toBe(0);
    expect(store.findReport(report.reference)).toMatchObject({
      status: "resolved",
      resolutionNote: "已改正",
      resolvedAt: "2026-11-29T00:00:00.000Z",
    });
    out = [];
    run("list");
    expect(out).toEqual(["没有符合条件的举报。"]);
    run("list", "--status", "resolved");
    expect(out.at(-1)).toContain(report.reference);
  });

  it("exports CSV that a spreadsheet opens without running formulas", () => {
    const report = store.addReport(REPORT, new Date("2026-11-01T00:00:00Z"));
    expect(run("export", "--out", "reports.csv")).toBe(0);
    const csv = files.get("reports.csv")!;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows[1]).toEqual([
      report.reference,
      "2026-11-01T00:00:00.000Z",
      "open",
      "factual-error",
      REPORT.page,
      "consequences",
      `'${REPORT.description}`,
      "phone",
      "13800138000",
      "",
      "",
    ]);
    expect(reportsCsv([])).toBe(
      '\uFEFF"reference","created_at","status","kind","page","section","description","contact_type","contact","resolved_at","resolution_note"\r\n',
    );
  });

  it("exports one row per report and no cell that starts a formula, whatever the descriptions hold", () => {
    const hostile = [
      "说明\n=cmd|' /C calc'!A0\nTD-FORGED00000,2026-01-01,open",
      '说明\r=HYPERLINK("http://evil")\r+1',
      "说明\r\n@SUM(1+1)\r\n-2+3",
      "＝1+1",
      "＋1",
      "－1",
      "＠SUM(A1)",
      "\t=1+1",
      "\r=1+1",
      "=1+1",
      "+1",
      "-1",
      "@x",
      "\u0000=1+1",
      "\u001b]8;;http://evil\u0007点我\u001b]8;;\u0007",
      "\u202E=1+1",
      '正常的说明，逗号, 引号" 和 换行\n都在一格里',
    ];
    const reports: StoredReport[] = hostile.map((description, index) => ({
      reference: `TD-${String(index).padStart(12, "0")}`,
      createdAt: "2026-11-01T00:00:00.000Z",
      page: "/articles/a",
      section: undefined,
      kind: "other",
      description,
      contact: { type: "email", value: index % 2 ? "=1+1@example.com" : "a@example.com" },
      status: "resolved",
      resolvedAt: "2026-11-02T00:00:00.000Z",
      resolutionNote: "-已处理",
    }));
    const rows = parse(reportsCsv(reports).slice(1), { relax_quotes: false }) as string[][];
    expect(rows).toHaveLength(reports.length + 1);
    expect(rows.slice(1).map((row) => row[0])).toEqual(reports.map((report) => report.reference));
    const FORMULA_START = /^[=+\-@＝＋－＠\t\r]/;
    for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA_START);
    // eslint-disable-next-line no-control-regex -- the characters this test looks for are control characters
    for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(/[\u0000\u001b\u0007\u202E]/);
    // The text is still there to read: a line break stays inside its cell, a formula follows the quote that keeps it from running.
    expect(rows[1]![6]).toBe(hostile[0]);
    expect(rows[4]![6]).toBe("'＝1+1");
    expect(rows[10]![6]).toBe("'=1+1");
  });

  it("purges reports resolved longer ago than --older-than", () => {
    const old = store.addReport(REPORT, new Date("2026-01-01T00:00:00Z"));
    store.resolveReport(old.reference, "已处理", new Date("2026-03-01T00:00:00Z"));
    const recent = store.addReport(REPORT, new Date("2026-10-01T00:00:00Z"));
    store.resolveReport(recent.reference, "已处理", new Date("2026-11-01T00:00:00Z"));
    expect(run("purge", "--older-than", "180d")).toBe(0);
    expect(out[0]).toContain("已删除 1 份");
    expect(store.findReport(old.reference)).toBeUndefined();
    expect(store.findReport(recent.reference)).toBeDefined();
    expect(parseAge("12h")).toBe(12 * 3_600_000);
  });

  it.each([
    [["nonsense"], "没有“nonsense”这个命令"],
    [[], "请给出一个命令"],
    [["list", "--kind", "spam"], "没有“spam”这个类型"],
    [["list", "--status", "closed"], "--status 只能是 open、resolved 或 all"],
    [["show", "123"], "请给出举报编号"],
    [["show", "TD-0000000000AA"], "找不到编号为 TD-0000000000AA 的举报"],
    [["resolve", "TD-0000000000AA"], "请用 --note"],
    [["purge", "--older-than", "six months"], "--older-than 要写成天数或小时数"],
    [["list", "--colour"], "没有 --colour 这个选项"],
    [["resolve", "TD-0000000000AA", "--note"], "选项 --note 后面要跟一个值"],
  ])("refuses %j with a message and the usage", (argv, message) => {
    expect(run(...argv)).toBe(1);
    expect(err[0]).toContain(message);
    expect(err[0]).toContain("用法：");
  });
});

describe("what readers sent, on an editor's terminal", () => {
  const SEQUENCES = "\u001b[2J\u001b]0;owned\u0007\u009b31m\u202Egnp.exe\u2066x\u0008\u007f";

  it("is printed with every control character and reordering mark shown as its code", () => {
    expect(forTerminal(`标题${SEQUENCES}\n下一行`)).toBe(
      "标题\\u{1B}[2J\\u{1B}]0;owned\\u{7}\\u{9B}31m\\u{202E}gnp.exe\\u{2066}x\\u{8}\\u{7F}\n下一行",
    );
  });

  it("never reaches list, show or the comments raw", () => {
    const report = store.addReport(
      { ...REPORT, description: `说明${SEQUENCES}`, contact: { type: "email", value: `a${SEQUENCES}@example.com` } },
      new Date("2026-11-01T00:00:00Z"),
    );
    store.addFeedback({ article: "overdue-consequences", helpful: false, comment: `留言${SEQUENCES}` }, new Date("2026-11-01T00:00:00Z"));
    run("list");
    run("show", report.reference);
    runFeedbackCommand(["comments"], { store, now: new Date(), out: (t) => out.push(t), err: (t) => err.push(t) });
    const printed = out.join("\n");
    expect(printed).toContain("\\u{1B}[2J");
    expect(printed).not.toMatch(new RegExp(UNSAFE_IN_TEXT.source, "u"));
  });

  it("keeps the editor's own note clean too", () => {
    const report = store.addReport(REPORT, new Date("2026-11-01T00:00:00Z"));
    run("resolve", report.reference, "--note", "已改\u001b[31m正\u202E");
    expect(store.findReport(report.reference)?.resolutionNote).toBe("已改[31m正");
  });
});

describe("npm run feedback", () => {
  it("summarises helpful and not helpful per article", () => {
    expect(feedbackReport([])).toBe("还没有收到任何反馈。");
    expect(feedbackReport([{ article: "a", helpful: 3, notHelpful: 1, comments: 2, lastAt: "2026-11-29T01:00:00.000Z" }])).toContain(
      "a  有帮助 3  没帮助 1  （75% 觉得有帮助）  留言 2  最近一次 2026-11-29",
    );
  });

  it("lists the comments, newest first, on one line each", () => {
    expect(feedbackCommentsReport([])).toBe("还没有收到带留言的反馈。");
    expect(feedbackCommentsReport([{ article: "a", helpful: false, comment: "例子\n少", createdAt: "2026-11-29T01:00:00.000Z" }])).toBe(
      "2026-11-29  a  没帮助  例子 少",
    );
  });

  it("purges answers and their comments given longer ago than --older-than", () => {
    store.addFeedback({ article: "a", helpful: true, comment: "很久以前" }, new Date("2026-01-01T00:00:00Z"));
    store.addFeedback({ article: "a", helpful: false, comment: "最近" }, new Date("2026-11-01T00:00:00Z"));
    const io = { store, now: new Date("2026-11-29T00:00:00Z"), out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(runFeedbackCommand(["purge", "--older-than", "180d"], io)).toBe(0);
    expect(out[0]).toContain("已删除 1 条");
    expect(store.feedbackComments().map((row) => row.comment)).toEqual(["最近"]);
    expect(runFeedbackCommand(["purge"], io)).toBe(1);
    expect(err[0]).toContain("--older-than 要写成天数或小时数");
    expect(err[0]).toContain("npm run feedback -- purge --older-than 180d");
    expect(runFeedbackCommand(["delete"], io)).toBe(1);
    expect(err[1]).toContain("没有“delete”这个命令");
  });

  it("runs as npm scripts against the configured database", () => {
    const file = path.join(folder, "cli.sqlite");
    const env = { ...process.env, REPORTS_DB: file };
    const cliStore = openSqliteStore(file);
    const report = cliStore.addReport(REPORT, new Date());
    cliStore.addFeedback({ article: "overdue-consequences", helpful: true, comment: undefined }, new Date());
    cliStore.addFeedback({ article: "overdue-consequences", helpful: false, comment: "想看更多例子" }, new Date());
    cliStore.close();
    expect(execFileSync("npm", ["run", "--silent", "reports", "--", "list"], { env, encoding: "utf8" })).toContain(report.reference);
    expect(execFileSync("npm", ["run", "--silent", "feedback"], { env, encoding: "utf8" })).toContain(
      "overdue-consequences  有帮助 1  没帮助 1",
    );
    expect(
      execFileSync("npm", ["run", "--silent", "feedback", "--", "comments", "overdue-consequences"], { env, encoding: "utf8" }),
    ).toContain("没帮助  想看更多例子");
  });
});
