import { LRUCache } from "lru-cache";

export interface RateDecision {
  allowed: boolean;
  /** When refused: whole seconds until the oldest counted request leaves the window. */
  retryAfterSeconds: number;
}

/**
 * At most `limit` accepted requests per key (a client address) in any `windowMs`: a sliding
 * window over the times of the accepted requests. Refused requests do not count, so a client
 * that waits is served again. At most `maxKeys` clients are remembered (least recently seen
 * forgotten first), so a flood of addresses cannot exhaust memory.
 */
export class SlidingWindowLimiter {
  private readonly hits: LRUCache<string, number[]>;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    maxKeys = 10_000,
  ) {
    this.hits = new LRUCache({ max: maxKeys, ttl: windowMs });
  }

  take(key: string, now: number): RateDecision {
    const recent = (this.hits.get(key) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    return { allowed: true, retryAfterSeconds: 0 };
  }
}
