import { buildSync } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { SearchResponse } from "@/lib/search";
import { SearchThread } from "@/lib/server/search-thread";

const SCRIPTED = pathToFileURL(path.join(__dirname, "..", "fixtures", "search-thread", "scripted-worker.mjs"));

/** The query a scripted answer was given, and the thread that gave it. */
function answered(response: SearchResponse): { query: string; thread: string } {
  if (response.kind !== "results") throw new Error("expected results");
  const [query = "", thread = ""] = response.query.split("@");
  return { query, thread };
}

describe("SearchThread", () => {
  const threads: SearchThread[] = [];
  const thread = (entry: URL, log: (message: string) => void = () => {}) => {
    const made = new SearchThread(entry, log);
    threads.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(threads.splice(0).map((made) => made.close()));
    vi.unstubAllEnvs();
  });

  it("gives each search its own answer when answers come back out of order", async () => {
    const scripted = thread(SCRIPTED);
    const answers = await Promise.all(["slow", "a", "b", "slow", "c"].map((query) => scripted.search(query)));
    expect(answers.map((response) => answered(response).query)).toEqual(["slow", "a", "b", "slow", "c"]);
    expect(new Set(answers.map((response) => answered(response).thread)).size).toBe(1);
  });

  it("fails a search that failed in the thread, and goes on answering others", async () => {
    const scripted = thread(SCRIPTED);
    await expect(scripted.search("throw")).rejects.toThrow("the search failed");
    expect(answered(await scripted.search("next")).query).toBe("next");
  });

  it("fails the searches a stopped thread had not answered, says so, and starts a new thread for the next", async () => {
    const logged: string[] = [];
    const scripted = thread(SCRIPTED, (message) => logged.push(message));
    const before = answered(await scripted.search("first")).thread;
    const waiting = scripted.search("slow");
    await expect(scripted.search("exit")).rejects.toThrow("the search thread stopped (exit code 3) before answering");
    await expect(waiting).rejects.toThrow("stopped");
    const after = answered(await scripted.search("again"));
    expect(after.query).toBe("again");
    expect(after.thread).not.toBe(before);
    expect(logged).toEqual(["search thread stopped (exit code 3); the next search starts a new one"]);
  });

  it("says why when its script cannot be loaded, and fails the search", async () => {
    const logged: string[] = [];
    const missing = thread(pathToFileURL(path.join(__dirname, "no-such-worker.mjs")), (message) => logged.push(message));
    await expect(missing.search("借呗")).rejects.toThrow("stopped");
    expect(logged[0]).toMatch(/^search thread failed: .*no-such-worker\.mjs/);
    expect(logged[1]).toMatch(/^search thread stopped \(exit code 1\)/);
  });

  it("fails what it had not answered when closed, without calling that a failure", async () => {
    const logged: string[] = [];
    const scripted = thread(SCRIPTED, (message) => logged.push(message));
    const waiting = scripted.search("slow");
    await scripted.close();
    await expect(waiting).rejects.toThrow("stopped");
    expect(logged).toEqual([]);
    expect(answered(await scripted.search("reopened")).query).toBe("reopened");
  });

  describe("with the real search script", () => {
    // Compiled as `npm run build:server` compiles it, where node_modules resolves its packages.
    const dir = path.resolve("node_modules/.cache/search-thread-test");
    const entry = path.join(dir, `search-worker-${process.pid}.mjs`);
    afterAll(() => rmSync(entry, { force: true }));

    it("answers exactly as searching in this thread does", async () => {
      mkdirSync(dir, { recursive: true });
      buildSync({
        entryPoints: [path.resolve("lib/server/search-worker.ts")],
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        packages: "external",
        jsx: "automatic",
        outfile: entry,
        logLevel: "error",
      });
      vi.stubEnv("CONTENT_DIR", path.join(__dirname, "..", "fixtures", "valid"));
      const { searchInProcess } = await import("@/lib/site/articles");
      const real = thread(pathToFileURL(entry));
      const queries = ["借呗逾期会坐牢吗", "罰息", "征信 协商", "   ", "<script>", "x".repeat(300)];
      const inThread = await Promise.all(queries.map((query) => real.search(query)));
      expect(inThread).toEqual(await Promise.all(queries.map((query) => searchInProcess(query))));
      expect(inThread.filter((response) => response.kind === "results" && response.results.length > 0)).toHaveLength(3);
    });
  });
});
