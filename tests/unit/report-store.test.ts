import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newReference, normaliseReference, REFERENCE_PATTERN } from "@/lib/reports/reference";
import { SlidingWindowLimiter } from "@/lib/reports/rate-limit";
import { openSharedState } from "@/lib/reports/shared-state";
import type { ReportInput } from "@/lib/reports/report-form";
import { writeOwnerOnlyFile } from "@/lib/reports/owner-only-files";
import { migrate, MIGRATIONS, openSqliteStore, type ReportStore } from "@/lib/reports/store";

const REPORT: ReportInput = {
  page: "/articles/jiebei-overdue-guide",
  section: "process",
  kind: "factual-error",
  description: "第二步的罚息倍数写错了，合同写的是 1.5 倍。",
  contact: { type: "email", value: "reader@example.com" },
};

let folder: string;
let store: ReportStore;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "report-store-"));
});
afterEach(() => {
  store?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("reference numbers", () => {
  it("are TD- and 12 base32 characters, all different over many draws", () => {
    const references = Array.from({ length: 20_000 }, newReference);
    for (const reference of references.slice(0, 100)) expect(reference).toMatch(REFERENCE_PATTERN);
    expect(new Set(references).size).toBe(references.length);
    // Every character of the alphabet appears: the draws are not stuck on part of it.
    expect(new Set(references.join("").replaceAll("TD-", "")).size).toBe(32);
  });

  it("are read back from what a person types, and nonsense is refused", () => {
    expect(normaliseReference(" td-7k3m9q2xhc4t ")).toBe("TD-7K3M9Q2XHC4T");
    expect(normaliseReference("TD-7K3M9Q2XHC4")).toBeUndefined();
    expect(normaliseReference("TD-7K3M9Q2XHC4I")).toBeUndefined();
    expect(normaliseReference("<script>")).toBeUndefined();
  });
});

describe("the SQLite store", () => {
  it("creates its folder and file on first use, in WAL mode, with the whole schema", () => {
    const file = path.join(folder, "nested", "reports.sqlite");
    store = openSqliteStore(file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(["feedback", "reports"]);
    db.close();
  });

  it("keeps readers' data to its owner: the folder, the database and its WAL are owner-only, and deletions are overwritten", () => {
    const file = path.join(folder, "data", "reports.sqlite");
    store = openSqliteStore(file);
    store.addReport(REPORT, new Date());
    const mode = (target: string) => statSync(target).mode & 0o777;
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(store.secureDelete()).toBe(true);
  });

  it("narrows an existing database that others could read, and writes exports for the owner only", () => {
    const file = path.join(folder, "reports.sqlite");
    writeFileSync(file, "");
    chmodSync(file, 0o644);
    store = openSqliteStore(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const exported = path.join(folder, "reports.csv");
    writeFileSync(exported, "old");
    chmodSync(exported, 0o666);
    writeOwnerOnlyFile(exported, "reference\r\n");
    expect(statSync(exported).mode & 0o777).toBe(0o600);
    expect(readFileSync(exported, "utf8")).toBe("reference\r\n");
  });

  it("leaves no trace of a purged report's text in the file", () => {
    const file = path.join(folder, "reports.sqlite");
    store = openSqliteStore(file);
    const marker = "独一无二的标记文字九八七六五四三二一";
    const report = store.addReport({ ...REPORT, description: `${marker}${"，".repeat(20)}` }, new Date("2026-01-01T00:00:00Z"));
    store.resolveReport(report.reference, "已处理", new Date("2026-01-02T00:00:00Z"));
    expect(store.purgeResolved(new Date("2026-06-01T00:00:00Z"))).toBe(1);
    store.close();
    // Fold the WAL into the file, then look for the text in every byte of it.
    const db = new Database(file);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    store = openSqliteStore(file);
    expect(readFileSync(file).includes(Buffer.from(marker))).toBe(false);
  });

  it("round-trips a report, which is committed and readable by another connection at once", () => {
    const file = path.join(folder, "reports.sqlite");
    store = openSqliteStore(file);
    const stored = store.addReport(REPORT, new Date("2026-11-29T08:00:00Z"));
    expect(stored).toEqual({
      ...REPORT,
      reference: stored.reference,
      createdAt: "2026-11-29T08:00:00.000Z",
      status: "open",
      resolvedAt: undefined,
      resolutionNote: undefined,
    });
    expect(stored.reference).toMatch(REFERENCE_PATTERN);
    const other = openSqliteStore(file);
    expect(other.findReport(stored.reference)).toEqual(stored);
    other.close();
  });

  it("keeps a report without a section", () => {
    store = openSqliteStore(path.join(folder, "reports.sqlite"));
    const stored = store.addReport({ ...REPORT, section: undefined }, new Date());
    expect(store.findReport(stored.reference)?.section).toBeUndefined();
  });

  it("lists newest first, filtered by kind and status", () => {
    store = openSqliteStore(path.join(folder, "reports.sqlite"));
    const first = store.addReport(REPORT, new Date("2026-11-01T00:00:00Z"));
    const second = store.addReport({ ...REPORT, kind: "infringement" }, new Date("2026-11-02T00:00:00Z"));
    const third = store.addReport(REPORT, new Date("2026-11-03T00:00:00Z"));
    store.resolveReport(first.reference, "已改正", new Date("2026-11-04T00:00:00Z"));
    expect(store.listReports().map((r) => r.reference)).toEqual([third.reference, second.reference, first.reference]);
    expect(store.listReports({ status: "open" }).map((r) => r.reference)).toEqual([third.reference, second.reference]);
    expect(store.listReports({ kind: "infringement" }).map((r) => r.reference)).toEqual([second.reference]);
    expect(store.listReports({ kind: "factual-error", status: "resolved" }).map((r) => r.reference)).toEqual([first.reference]);
  });

  it("resolves with a note, and purges only reports resolved before the cut-off", () => {
    store = openSqliteStore(path.join(folder, "reports.sqlite"));
    const old = store.addReport(REPORT, new Date("2026-01-01T00:00:00Z"));
    const recent = store.addReport(REPORT, new Date("2026-01-02T00:00:00Z"));
    const open = store.addReport(REPORT, new Date("2026-01-03T00:00:00Z"));
    expect(store.resolveReport(old.reference, "已下线", new Date("2026-02-01T00:00:00Z"))).toMatchObject({
      status: "resolved",
      resolvedAt: "2026-02-01T00:00:00.000Z",
      resolutionNote: "已下线",
    });
    store.resolveReport(recent.reference, "已改正", new Date("2026-10-01T00:00:00Z"));
    expect(store.resolveReport("TD-0000000000000", "x", new Date())).toBeUndefined();
    expect(store.purgeResolved(new Date("2026-06-01T00:00:00Z"))).toBe(1);
    expect(store.findReport(old.reference)).toBeUndefined();
    expect(store.findReport(recent.reference)).toBeDefined();
    expect(store.findReport(open.reference)).toBeDefined();
  });

  it("summarises feedback per article", () => {
    store = openSqliteStore(path.join(folder, "reports.sqlite"));
    store.addFeedback({ article: "a", helpful: true, comment: undefined }, new Date("2026-11-01T00:00:00Z"));
    store.addFeedback({ article: "a", helpful: false, comment: "例子少" }, new Date("2026-11-02T00:00:00Z"));
    store.addFeedback({ article: "a", helpful: true, comment: undefined }, new Date("2026-11-03T00:00:00Z"));
    store.addFeedback({ article: "b", helpful: false, comment: undefined }, new Date("2026-11-04T00:00:00Z"));
    expect(store.feedbackSummary()).toEqual([
      { article: "a", helpful: 2, notHelpful: 1, comments: 1, lastAt: "2026-11-03T00:00:00.000Z" },
      { article: "b", helpful: 0, notHelpful: 1, comments: 0, lastAt: "2026-11-04T00:00:00.000Z" },
    ]);
    store.addFeedback({ article: "b", helpful: true, comment: "清楚" }, new Date("2026-11-05T00:00:00Z"));
    expect(store.feedbackComments()).toEqual([
      { article: "b", helpful: true, comment: "清楚", createdAt: "2026-11-05T00:00:00.000Z" },
      { article: "a", helpful: false, comment: "例子少", createdAt: "2026-11-02T00:00:00.000Z" },
    ]);
    expect(store.feedbackComments("a").map((row) => row.comment)).toEqual(["例子少"]);
  });

  it("brings an older file up to date and refuses a file from a newer program", () => {
    const file = path.join(folder, "reports.sqlite");
    const empty = new Database(file);
    migrate(empty);
    expect(empty.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    migrate(empty);
    expect(empty.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    empty.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(empty)).toThrow(/比这个程序认识的（1）还新/);
    empty.close();
  });

  it("refuses rows the schema does not allow, even if a caller bypasses validation", () => {
    store = openSqliteStore(path.join(folder, "reports.sqlite"));
    expect(() => store.addReport({ ...REPORT, kind: "spam" as never }, new Date())).toThrow(/CHECK constraint failed/);
    expect(store.listReports({ status: undefined })).toEqual([]);
    expect(store.integrityCheck()).toBe("ok");
  });
});

describe("the sliding-window rate limit", () => {
  it("allows `limit` requests per window and says when to retry", () => {
    const limiter = new SlidingWindowLimiter(openSharedState(":memory:"), "reports", 5, 600_000);
    for (let i = 0; i < 5; i += 1) expect(limiter.take("1.2.3.4", 1_000 + i).allowed).toBe(true);
    expect(limiter.take("1.2.3.4", 2_000)).toEqual({ allowed: false, retryAfterSeconds: 599 });
    expect(limiter.take("5.6.7.8", 2_000).allowed).toBe(true);
    expect(limiter.take("1.2.3.4", 601_000).allowed).toBe(true);
  });

  it("does not count refused requests, so waiting always helps", () => {
    const limiter = new SlidingWindowLimiter(openSharedState(":memory:"), "reports", 1, 1_000);
    expect(limiter.take("a", 0).allowed).toBe(true);
    for (let t = 100; t < 1_000; t += 100) expect(limiter.take("a", t).allowed).toBe(false);
    expect(limiter.take("a", 1_001).allowed).toBe(true);
  });

  it("remembers at most maxKeys clients", () => {
    const limiter = new SlidingWindowLimiter(openSharedState(":memory:"), "reports", 1, 60_000, 2);
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    expect(limiter.take("a", 1).allowed).toBe(true);
    expect(limiter.take("c", 1).allowed).toBe(false);
  });
});
