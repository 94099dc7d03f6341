import { randomBytes } from "node:crypto";
import { LRUCache } from "lru-cache";

/** A refused form post kept for the page that shows it again: what was typed, and why it was refused. */
export interface Draft {
  typed: Record<string, string>;
  errors: Record<string, string>;
}

/**
 * Refused report posts, kept in memory for the page the browser is sent to next (post, then
 * redirect, then get), so that without JavaScript the reader sees each message next to its
 * field with their input kept. A draft is read by a random token in the URL, so the reader's
 * text and contact never appear in an address or a log. Drafts were never accepted: they live
 * for 30 minutes at most and are never written to disk.
 */
export class DraftStore {
  private readonly drafts = new LRUCache<string, Draft>({ max: 1_000, ttl: 30 * 60 * 1000 });

  keep(draft: Draft): string {
    const token = randomBytes(16).toString("base64url");
    this.drafts.set(token, draft);
    return token;
  }

  find(token: string): Draft | undefined {
    return this.drafts.get(token);
  }
}
