import { inWriteTransaction, type SharedState } from "./shared-state";

export interface RateDecision {
  allowed: boolean;
  /** When refused: whole seconds until the oldest counted request leaves the window. */
  retryAfterSeconds: number;
}

/**
 * At most `limit` accepted requests per key (a client address) in any `windowMs`: a sliding
 * window over the times of the accepted requests, kept in the shared state, so every app
 * process counts the same requests. Refused requests do not count, so a client that waits is
 * served again. At most `maxKeys` clients are remembered (least recently seen forgotten first),
 * so a flood of addresses cannot exhaust memory.
 */
export class SlidingWindowLimiter {
  private readonly recent;
  private readonly insert;
  private readonly forgetExpired;
  private readonly keyCount;
  private readonly forgetLeastRecent;

  constructor(
    readonly state: SharedState,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {
    this.recent = state.prepare<[string, string, number], { count: number; oldest: number | null }>(
      "SELECT COUNT(*) AS count, MIN(at) AS oldest FROM rate_hits WHERE limiter = ? AND key = ? AND at > ?",
    );
    this.insert = state.prepare<[string, string, number]>("INSERT INTO rate_hits (limiter, key, at) VALUES (?, ?, ?)");
    this.forgetExpired = state.prepare<[string, number]>("DELETE FROM rate_hits WHERE limiter = ? AND at <= ?");
    this.keyCount = state.prepare<[string], { count: number }>("SELECT COUNT(DISTINCT key) AS count FROM rate_hits WHERE limiter = ?");
    this.forgetLeastRecent = state.prepare<[string, string, number]>(
      `DELETE FROM rate_hits WHERE limiter = ? AND key IN (
         SELECT key FROM rate_hits WHERE limiter = ? GROUP BY key ORDER BY MAX(at) LIMIT ?)`,
    );
  }

  /** Whether one more request of `key` would be allowed now, without counting it. */
  check(key: string, now: number): RateDecision {
    const { count, oldest } = this.recent.get(this.name, key, now - this.windowMs) ?? { count: 0, oldest: null };
    if (oldest !== null && count >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** `check`, and when allowed, counts the request; one transaction, so two processes cannot both take the last one. */
  take(key: string, now: number): RateDecision {
    return inWriteTransaction(this.state, () => {
      const decision = this.check(key, now);
      if (decision.allowed) this.count(key, now);
      return decision;
    });
  }

  /** Counts a request of `key` (inside a write transaction), forgetting what left the window and the least recent clients past `maxKeys`. */
  count(key: string, now: number): void {
    this.forgetExpired.run(this.name, now - this.windowMs);
    this.insert.run(this.name, key, now);
    const excess = (this.keyCount.get(this.name)?.count ?? 0) - this.maxKeys;
    if (excess > 0) this.forgetLeastRecent.run(this.name, this.name, excess);
  }
}

/**
 * Takes one request of `key` from every limiter (all on one shared state), or from none: when
 * any would refuse, nothing is counted and the longest wait is returned, so a request refused
 * by one limit does not use up another. One transaction, so other processes see all or none.
 */
export function takeFromAll(limiters: readonly { limiter: SlidingWindowLimiter; key: string }[], now: number): RateDecision {
  const [first] = limiters;
  if (first === undefined) return { allowed: true, retryAfterSeconds: 0 };
  return inWriteTransaction(first.limiter.state, () => {
    const refusals = limiters.map(({ limiter, key }) => limiter.check(key, now)).filter((decision) => !decision.allowed);
    if (refusals.length > 0)
      return { allowed: false, retryAfterSeconds: Math.max(...refusals.map((decision) => decision.retryAfterSeconds)) };
    for (const { limiter, key } of limiters) limiter.count(key, now);
    return { allowed: true, retryAfterSeconds: 0 };
  });
}
