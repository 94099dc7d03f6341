import Database from "better-sqlite3";
import { prepareOwnerOnlyFile } from "./owner-only-files";

/**
 * What the server's processes must see alike but need not keep: the rate limits' counts and
 * refused forms' drafts. One SQLite database: in memory for a single process (the default), or
 * a file every app process of one host opens (`SHARED_STATE_DB`), best on a RAM-backed folder
 * such as `/run/<name>/` so drafts never reach a disk. WAL lets readers and the one writer work
 * at once, and a writer waits up to 5 s for another. Nothing here survives as records: counts
 * leave with their window and drafts after 30 minutes, so a crash may lose them
 * (`synchronous = OFF`).
 */
export type SharedState = Database.Database;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rate_hits (limiter TEXT NOT NULL, key TEXT NOT NULL, at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS rate_hits_by_key ON rate_hits (limiter, key, at);
  CREATE INDEX IF NOT EXISTS rate_hits_by_time ON rate_hits (limiter, at);
  CREATE TABLE IF NOT EXISTS drafts (token TEXT PRIMARY KEY, draft TEXT NOT NULL, expires_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS drafts_by_expiry ON drafts (expires_at);
`;

/** Opens (creating when missing, readable by its owner only) the shared state at `file`, or in memory for ":memory:". */
export function openSharedState(file: string): SharedState {
  if (file !== ":memory:") prepareOwnerOnlyFile(file);
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.exec(SCHEMA);
  return db;
}

/** Runs `work` as one write transaction, taken at once (`BEGIN IMMEDIATE`), so no other process changes the counts between its reads and writes. */
export function inWriteTransaction<T>(state: SharedState, work: () => T): T {
  return state.transaction(work).immediate();
}
