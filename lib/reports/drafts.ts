import { randomBytes } from "node:crypto";
import type { SharedState } from "./shared-state";

/** A refused form post kept for the page that shows it again: what was typed, and why it was refused. */
export interface Draft {
  typed: Record<string, string>;
  errors: Record<string, string>;
}

/** How long a draft is kept, and how many at most (the oldest go first). */
const DRAFT_TTL_MS = 30 * 60 * 1000;
const MAX_DRAFTS = 1_000;

/**
 * Refused report posts, kept in the shared state (in memory, or a RAM-backed file every app
 * process sees) for the page the browser is sent to next (post, then redirect, then get), which
 * another process may serve, so that without JavaScript the reader sees each message next to
 * its field with their input kept. A draft is read by a random token in the URL, so the
 * reader's text and contact never appear in an address or a log. Drafts were never accepted:
 * they live for 30 minutes at most, at most 1,000 of them.
 */
export class DraftStore {
  private readonly forgetExpired;
  private readonly insert;
  private readonly forgetOldest;
  private readonly select;

  constructor(state: SharedState) {
    this.forgetExpired = state.prepare<[number]>("DELETE FROM drafts WHERE expires_at <= ?");
    this.insert = state.prepare<[string, string, number]>("INSERT INTO drafts (token, draft, expires_at) VALUES (?, ?, ?)");
    this.forgetOldest = state.prepare<[number]>(
      "DELETE FROM drafts WHERE token IN (SELECT token FROM drafts ORDER BY expires_at DESC LIMIT -1 OFFSET ?)",
    );
    this.select = state.prepare<[string, number], { draft: string }>("SELECT draft FROM drafts WHERE token = ? AND expires_at > ?");
  }

  keep(draft: Draft, now = Date.now()): string {
    const token = randomBytes(16).toString("base64url");
    this.forgetExpired.run(now);
    this.insert.run(token, JSON.stringify(draft), now + DRAFT_TTL_MS);
    this.forgetOldest.run(MAX_DRAFTS);
    return token;
  }

  find(token: string, now = Date.now()): Draft | undefined {
    const row = this.select.get(token, now);
    return row && (JSON.parse(row.draft) as Draft);
  }
}
