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

  /** Whether one more request of `key` would be allowed now, without counting it. */
  check(key: string, now: number): RateDecision {
    const recent = this.recent(key, now);
    const oldest = recent[0];
    if (oldest !== undefined && recent.length >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** `check`, and when allowed, counts the request. */
  take(key: string, now: number): RateDecision {
    const decision = this.check(key, now);
    if (decision.allowed) this.hits.set(key, [...this.recent(key, now), now]);
    return decision;
  }

  /** The times of `key`'s requests still inside the window (older ones are dropped). */
  private recent(key: string, now: number): number[] {
    const recent = (this.hits.get(key) ?? []).filter((time) => time > now - this.windowMs);
    this.hits.set(key, recent);
    return recent;
  }
}

/**
 * Takes one request of `key` from every limiter, or from none: when any would refuse, nothing
 * is counted and the longest wait is returned, so a request refused by one limit does not use
 * up another.
 */
export function takeFromAll(limiters: readonly { limiter: SlidingWindowLimiter; key: string }[], now: number): RateDecision {
  const refusals = limiters.map(({ limiter, key }) => limiter.check(key, now)).filter((decision) => !decision.allowed);
  if (refusals.length > 0)
    return { allowed: false, retryAfterSeconds: Math.max(...refusals.map((decision) => decision.retryAfterSeconds)) };
  for (const { limiter, key } of limiters) limiter.take(key, now);
  return { allowed: true, retryAfterSeconds: 0 };
}
