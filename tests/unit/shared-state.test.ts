import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DraftStore } from "@/lib/reports/drafts";
import { SlidingWindowLimiter, takeFromAll } from "@/lib/reports/rate-limit";
import { openSharedState, type SharedState } from "@/lib/reports/shared-state";

const folders: string[] = [];
const opened: SharedState[] = [];

/** Two handles on one new file, as two app processes of one host would open it. */
function twoProcesses(): [SharedState, SharedState] {
  const folder = mkdtempSync(path.join(tmpdir(), "shared-state-"));
  folders.push(folder);
  const file = path.join(folder, "state", "shared.sqlite");
  const handles: [SharedState, SharedState] = [openSharedState(file), openSharedState(file)];
  opened.push(...handles);
  return handles;
}

afterEach(() => {
  for (const state of opened.splice(0)) state.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("the shared state of the app processes", () => {
  it("counts a client's posts the same in every process", () => {
    const [first, second] = twoProcesses();
    const inFirst = new SlidingWindowLimiter(first, "reports", 3, 600_000);
    const inSecond = new SlidingWindowLimiter(second, "reports", 3, 600_000);
    expect(inFirst.take("203.0.113.7", 1_000).allowed).toBe(true);
    expect(inSecond.take("203.0.113.7", 1_001).allowed).toBe(true);
    expect(inFirst.take("203.0.113.7", 1_002).allowed).toBe(true);
    expect(inSecond.take("203.0.113.7", 1_003)).toEqual({ allowed: false, retryAfterSeconds: 600 });
    expect(inSecond.take("198.51.100.1", 1_003).allowed).toBe(true);
  });

  it("keeps limits of different names apart", () => {
    const [first, second] = twoProcesses();
    expect(new SlidingWindowLimiter(first, "reports", 1, 60_000).take("a", 0).allowed).toBe(true);
    expect(new SlidingWindowLimiter(second, "feedback", 1, 60_000).take("a", 0).allowed).toBe(true);
    expect(new SlidingWindowLimiter(second, "reports", 1, 60_000).take("a", 1).allowed).toBe(false);
  });

  it("takes from several limits in one transaction that the other process sees whole", () => {
    const [first, second] = twoProcesses();
    const take = (state: SharedState, client: string, now: number) =>
      takeFromAll(
        [
          { limiter: new SlidingWindowLimiter(state, "reports", 5, 60_000), key: client },
          { limiter: new SlidingWindowLimiter(state, "site", 2, 3_600_000), key: "site" },
        ],
        now,
      );
    expect(take(first, "a", 0).allowed).toBe(true);
    expect(take(second, "b", 1).allowed).toBe(true);
    expect(take(first, "c", 2)).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    expect(take(second, "d", 3).allowed).toBe(false);
  });

  it("forgets what left the window, so the file stays small", () => {
    const [state] = twoProcesses();
    const limiter = new SlidingWindowLimiter(state, "posts", 60, 1_000);
    for (let at = 0; at < 5_000; at += 10) limiter.take(`client-${at}`, at);
    const rows = state.prepare<[], { count: number }>("SELECT COUNT(*) AS count FROM rate_hits").get()?.count;
    expect(rows).toBeLessThanOrEqual(101);
  });

  it("shows a draft kept by one process to the other, by its token only, for 30 minutes", () => {
    const [first, second] = twoProcesses();
    const draft = { typed: { description: "第三节的利率写错了", contact: "reader@example.org" }, errors: { contact: "请填写有效的邮箱" } };
    const token = new DraftStore(first).keep(draft, 0);
    expect(token).toMatch(/^[\w-]{22}$/);
    expect(new DraftStore(second).find(token, 1_000)).toEqual(draft);
    expect(new DraftStore(second).find(`${token}x`, 1_000)).toBeUndefined();
    expect(new DraftStore(second).find(token, 30 * 60 * 1000)).toBeUndefined();
  });

  it("keeps at most 1,000 drafts, the oldest going first", () => {
    const [first, second] = twoProcesses();
    const drafts = new DraftStore(first);
    const tokens = Array.from({ length: 1_005 }, (_, index) => drafts.keep({ typed: { n: String(index) }, errors: {} }, index));
    expect(new DraftStore(second).find(tokens[0] ?? "", 2_000)).toBeUndefined();
    expect(new DraftStore(second).find(tokens[5] ?? "", 2_000)).toEqual({ typed: { n: "5" }, errors: {} });
    expect(first.prepare<[], { count: number }>("SELECT COUNT(*) AS count FROM drafts").get()?.count).toBe(1_000);
  });

  it("is a file readable by its owner only", () => {
    const [state] = twoProcesses();
    expect(statSync(state.name).mode & 0o777).toBe(0o600);
  });
});
