import Database from "better-sqlite3";
import { prepareOwnerOnlyFile } from "./owner-only-files";
import { newReference } from "./reference";
import type { ReportContact, ReportInput, ReportKind } from "./report-form";

export type ReportStatus = "open" | "resolved";

export interface StoredReport extends ReportInput {
  reference: string;
  /** ISO 8601 time the report was committed. */
  createdAt: string;
  status: ReportStatus;
  resolvedAt: string | undefined;
  resolutionNote: string | undefined;
}

export interface FeedbackInput {
  /** The article's slug. */
  article: string;
  helpful: boolean;
  comment: string | undefined;
}

export interface FeedbackComment {
  article: string;
  helpful: boolean;
  comment: string;
  /** ISO 8601 time of the answer. */
  createdAt: string;
}

export interface FeedbackSummary {
  article: string;
  helpful: number;
  notHelpful: number;
  comments: number;
  /** ISO 8601 time of the newest answer. */
  lastAt: string;
}

/**
 * Where reports and feedback are kept. Every write has been committed to durable storage
 * when the call returns, so a caller may acknowledge it right after.
 */
export interface ReportStore {
  addReport(report: ReportInput, now: Date): StoredReport;
  findReport(reference: string): StoredReport | undefined;
  /** Newest first. */
  listReports(filter?: { kind?: ReportKind; status?: ReportStatus }): StoredReport[];
  /** Marks a report resolved with the editor's note (a resolved one gets the new note); undefined when there is no such report. */
  resolveReport(reference: string, note: string, now: Date): StoredReport | undefined;
  /** Deletes reports resolved before `before`; returns how many. */
  purgeResolved(before: Date): number;
  addFeedback(feedback: FeedbackInput, now: Date): void;
  /** Deletes feedback answers (and their comments) given before `before`; returns how many. */
  purgeFeedback(before: Date): number;
  /** Per article, the most answered first. */
  feedbackSummary(): FeedbackSummary[];
  /** The answers that came with a comment, newest first; of one article when given. */
  feedbackComments(article?: string): FeedbackComment[];
  /** `PRAGMA integrity_check`: "ok" when the file is sound. */
  integrityCheck(): string;
  /** Whether deleted content is overwritten (`PRAGMA secure_delete`). */
  secureDelete(): boolean;
  close(): void;
}

/**
 * The schema, one step per version (`PRAGMA user_version`). A new column or table is a new
 * step at the end; steps already shipped never change, so any older file can be brought up
 * to date, and an empty file gets every step.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE reports (
     id INTEGER PRIMARY KEY,
     reference TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL,
     page TEXT NOT NULL,
     section TEXT,
     kind TEXT NOT NULL CHECK (kind IN ('infringement', 'factual-error', 'personal-information', 'other')),
     description TEXT NOT NULL,
     contact_type TEXT NOT NULL CHECK (contact_type IN ('email', 'phone')),
     contact TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
     resolved_at TEXT,
     resolution_note TEXT
   );
   CREATE INDEX reports_by_status_and_time ON reports (status, created_at);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     created_at TEXT NOT NULL,
     article TEXT NOT NULL,
     helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
     comment TEXT
   );
   CREATE INDEX feedback_by_article ON feedback (article);`,
];

/** Brings the database to the newest schema, each step in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`报告数据库的版本（${current}）比这个程序认识的（${MIGRATIONS.length}）还新：请升级程序，不要用旧版本打开它。`);
  }
  MIGRATIONS.slice(current).forEach((step, index) => {
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
}

interface ReportRow {
  reference: string;
  created_at: string;
  page: string;
  section: string | null;
  kind: ReportKind;
  description: string;
  contact_type: ReportContact["type"];
  contact: string;
  status: ReportStatus;
  resolved_at: string | null;
  resolution_note: string | null;
}

function toReport(row: ReportRow): StoredReport {
  return {
    reference: row.reference,
    createdAt: row.created_at,
    page: row.page,
    section: row.section ?? undefined,
    kind: row.kind,
    description: row.description,
    contact: { type: row.contact_type, value: row.contact },
    status: row.status,
    resolvedAt: row.resolved_at ?? undefined,
    resolutionNote: row.resolution_note ?? undefined,
  };
}

const REFERENCE_ATTEMPTS = 5;

/**
 * The SQLite store (better-sqlite3): one file, created with its folder on first use and
 * readable by its owner only, in WAL mode with `synchronous = FULL`, so a committed report
 * survives the process being killed and the machine losing power. `secure_delete` overwrites
 * what is deleted (a purged report does not linger in free pages). Writers wait up to 5 s for
 * each other (the CLI and the site may write at once).
 */
export function openSqliteStore(file: string): ReportStore {
  if (file !== ":memory:") prepareOwnerOnlyFile(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("secure_delete = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);

  const insertReport = db.prepare(
    `INSERT INTO reports (reference, created_at, page, section, kind, description, contact_type, contact)
     VALUES (@reference, @createdAt, @page, @section, @kind, @description, @contactType, @contact)`,
  );
  const selectReport = db.prepare<[string], ReportRow>("SELECT * FROM reports WHERE reference = ?");
  const resolve = db.prepare(
    "UPDATE reports SET status = 'resolved', resolved_at = @resolvedAt, resolution_note = @note WHERE reference = @reference",
  );
  const purge = db.prepare("DELETE FROM reports WHERE status = 'resolved' AND resolved_at < ?");
  const insertFeedback = db.prepare("INSERT INTO feedback (created_at, article, helpful, comment) VALUES (?, ?, ?, ?)");
  const purgeFeedback = db.prepare("DELETE FROM feedback WHERE created_at < ?");
  /** A report this connection has just written, read back. */
  const mustFind = (reference: string): StoredReport => {
    const row = selectReport.get(reference);
    if (!row) throw new Error(`report ${reference} was written but cannot be read back`);
    return toReport(row);
  };

  return {
    addReport(report, now) {
      for (let attempt = 1; ; attempt += 1) {
        const reference = newReference();
        try {
          insertReport.run({
            reference,
            createdAt: now.toISOString(),
            page: report.page,
            section: report.section ?? null,
            kind: report.kind,
            description: report.description,
            contactType: report.contact.type,
            contact: report.contact.value,
          });
          return mustFind(reference);
        } catch (error) {
          const collided = (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE";
          if (!collided || attempt >= REFERENCE_ATTEMPTS) throw error;
        }
      }
    },
    findReport(reference) {
      const row = selectReport.get(reference);
      return row ? toReport(row) : undefined;
    },
    listReports(filter = {}) {
      const conditions: string[] = [];
      const values: string[] = [];
      if (filter.kind) {
        conditions.push("kind = ?");
        values.push(filter.kind);
      }
      if (filter.status) {
        conditions.push("status = ?");
        values.push(filter.status);
      }
      const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
      return db
        .prepare<string[], ReportRow>(`SELECT * FROM reports ${where} ORDER BY created_at DESC, id DESC`)
        .all(...values)
        .map(toReport);
    },
    resolveReport(reference, note, now) {
      const changed = resolve.run({ reference, note, resolvedAt: now.toISOString() }).changes;
      return changed > 0 ? mustFind(reference) : undefined;
    },
    purgeResolved(before) {
      return purge.run(before.toISOString()).changes;
    },
    addFeedback(feedback, now) {
      insertFeedback.run(now.toISOString(), feedback.article, feedback.helpful ? 1 : 0, feedback.comment ?? null);
    },
    purgeFeedback(before) {
      return purgeFeedback.run(before.toISOString()).changes;
    },
    feedbackSummary() {
      return db
        .prepare<[], FeedbackSummary>(
          `SELECT article, SUM(helpful) AS helpful, SUM(1 - helpful) AS notHelpful, COUNT(comment) AS comments, MAX(created_at) AS lastAt
           FROM feedback GROUP BY article ORDER BY COUNT(*) DESC, article`,
        )
        .all();
    },
    feedbackComments(article) {
      const rows = db
        .prepare<[string | null, string | null], { article: string; helpful: number; comment: string; created_at: string }>(
          `SELECT article, helpful, comment, created_at FROM feedback
           WHERE comment IS NOT NULL AND (? IS NULL OR article = ?) ORDER BY created_at DESC, id DESC`,
        )
        .all(article ?? null, article ?? null);
      return rows.map((row) => ({ article: row.article, helpful: row.helpful === 1, comment: row.comment, createdAt: row.created_at }));
    },
    integrityCheck() {
      return db.pragma("integrity_check", { simple: true }) as string;
    },
    secureDelete() {
      return db.pragma("secure_delete", { simple: true }) === 1;
    },
    close() {
      db.close();
    },
  };
}
