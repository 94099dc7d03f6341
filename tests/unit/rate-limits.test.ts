import { describe, expect, it } from "vitest";
import { rateLimitKey } from "@/lib/reports/client-key";
import { SlidingWindowLimiter, takeFromAll } from "@/lib/reports/rate-limit";
import { openSharedState } from "@/lib/reports/shared-state";

describe("whom a post is counted against", () => {
  it("counts an IPv4 address alone, and an IPv4-mapped IPv6 address as its IPv4 address", () => {
    expect(rateLimitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey("::FFFF:cb00:7107")).toBe("203.0.113.7");
  });

  it("counts every IPv6 address of one /64 as one client, however it is written", () => {
    const network = "2001:db8:1:2::/64";
    for (const address of [
      "2001:db8:1:2::1",
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "2001:0db8:0001:0002:1234:5678:9abc:def0",
      "2001:DB8:1:2:0:0:0:1",
      "2001:db8:1:2:a::b",
      "2001:db8:1:2::1.2.3.4",
      "fe80::1%eth0".replace("fe80::", "2001:db8:1:2::"),
    ]) {
      expect(rateLimitKey(address), address).toBe(network);
    }
    expect(rateLimitKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKey("2001:db8::")).toBe("2001:db8:0:0::/64");
  });

  it("keeps anything that is not an address as it is", () => {
    expect(rateLimitKey("unknown")).toBe("unknown");
    expect(rateLimitKey("")).toBe("");
  });

  it("so a client rotating addresses inside its /64 is limited like one address", () => {
    const limiter = new SlidingWindowLimiter(openSharedState(":memory:"), "reports", 5, 600_000);
    const decisions = Array.from({ length: 50 }, (_, index) =>
      limiter.take(rateLimitKey(`2001:db8:1:2::${(index + 1).toString(16)}`), 1_000),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });
});

describe("taking from several limits at once", () => {
  it("counts in every limit only when all allow, and otherwise in none", () => {
    const state = openSharedState(":memory:");
    const perClient = new SlidingWindowLimiter(state, "reports", 2, 60_000);
    const siteWide = new SlidingWindowLimiter(state, "site", 3, 3_600_000);
    const take = (client: string, now: number) =>
      takeFromAll(
        [
          { limiter: perClient, key: client },
          { limiter: siteWide, key: "site" },
        ],
        now,
      );
    expect(take("a", 0).allowed).toBe(true);
    expect(take("a", 1).allowed).toBe(true);
    // "a" is at its own limit: refused, and the site-wide count is not used up by the refusal.
    expect(take("a", 2)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(take("b", 3).allowed).toBe(true);
    // Now the site is at its ceiling for everyone, however new the client.
    expect(take("c", 4)).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    expect(siteWide.check("site", 3_600_001).allowed).toBe(true);
  });

  it("checks without counting", () => {
    const limiter = new SlidingWindowLimiter(openSharedState(":memory:"), "posts", 1, 1_000);
    expect(limiter.check("a", 0).allowed).toBe(true);
    expect(limiter.check("a", 0).allowed).toBe(true);
    expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.check("a", 10)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
