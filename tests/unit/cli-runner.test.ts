import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const BUNDLE = path.resolve("node_modules/.cache/cli/content-check.mjs");
const STAMPS = `${BUNDLE}.inputs.json`;

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["lib/cli/run.mjs", ...args], {
    env: { ...process.env, CONTENT_DIR: "tests/fixtures/valid" },
    encoding: "utf8",
  });

describe("lib/cli/run.mjs, which every npm script for a tool goes through", () => {
  it("runs a tool with its arguments and exit code", () => {
    const result = run("content-check");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("篇文章");
  });

  it("compiles a tool once and reuses it while its sources are unchanged", () => {
    run("content-check");
    const before = statSync(BUNDLE).mtimeMs;
    run("content-check");
    expect(statSync(BUNDLE).mtimeMs).toBe(before);
  });

  it("compiles again when one of the tool's source files has changed", () => {
    run("content-check");
    const stamps = JSON.parse(readFileSync(STAMPS, "utf8")) as Record<string, string>;
    const source = path.resolve("lib/content/parse-article.ts");
    expect(Object.keys(stamps)).toContain(source);
    expect(Object.keys(stamps)).toContain(path.resolve("package-lock.json"));
    writeFileSync(STAMPS, JSON.stringify({ ...stamps, [source]: "0:0" }));
    expect(run("content-check").status).toBe(0);
    const after = JSON.parse(readFileSync(STAMPS, "utf8")) as Record<string, string>;
    expect(after[source]).toBe(`${statSync(source).size}:${statSync(source).mtimeMs}`);
  });

  it("answers an unknown tool with how to call it, and exit code 2", () => {
    for (const tool of ["no-such-tool", "../content/schema", ""]) {
      const result = run(tool);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("用法：node lib/cli/run.mjs <工具名>");
    }
  });
});
