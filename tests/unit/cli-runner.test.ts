import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** A tool no other test runs, so no other test compiles it while these look at its bundle. */
const TOOL = "settings-check";
const BUNDLE = path.resolve(`node_modules/.cache/cli/${TOOL}.mjs`);
const STAMPS = `${BUNDLE}.inputs.json`;

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["lib/cli/run.mjs", ...args], {
    env: { ...process.env, SITE_URL: "https://example.org" },
    encoding: "utf8",
  });

describe("lib/cli/run.mjs, which every npm script for a tool goes through", () => {
  it("runs a tool with its arguments and exit code", () => {
    const result = run(TOOL);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("设置");
    const invalid = spawnSync(process.execPath, ["lib/cli/run.mjs", TOOL], {
      env: { ...process.env, SITE_URL: "not a url" },
      encoding: "utf8",
    });
    expect(invalid.status).toBe(1);
  });

  it("compiles a tool once and reuses it while its sources are unchanged", () => {
    run(TOOL);
    const before = statSync(BUNDLE).mtimeMs;
    run(TOOL);
    expect(statSync(BUNDLE).mtimeMs).toBe(before);
  });

  it("compiles again when one of the tool's source files has changed", () => {
    run(TOOL);
    const stamps = JSON.parse(readFileSync(STAMPS, "utf8")) as Record<string, string>;
    const source = path.resolve("lib/site/config.ts");
    expect(Object.keys(stamps)).toContain(source);
    expect(Object.keys(stamps)).toContain(path.resolve("package-lock.json"));
    writeFileSync(STAMPS, JSON.stringify({ ...stamps, [source]: "0:0" }));
    expect(run(TOOL).status).toBe(0);
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
