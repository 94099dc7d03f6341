import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(__dirname, "..", "..");
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;

describe("install scripts", () => {
  const manifest = read("package.json") as { allowScripts?: Record<string, boolean> };
  const lock = read("package-lock.json") as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([location, entry]) => ({ name: location.replace(/^.*node_modules\//, ""), version: entry.version }));

  it("are decided for every package that has one: allowed for the exact version reviewed, or denied", () => {
    expect(withScripts.length).toBeGreaterThan(0);
    for (const { name, version } of withScripts) {
      const decision = manifest.allowScripts?.[`${name}@${version}`] ?? manifest.allowScripts?.[name];
      expect(decision, `${name}@${version} has an install script that package.json's allowScripts does not decide`).toBeTypeOf("boolean");
    }
  });

  it("never run vnu-jar's, which downloads a Java runtime: the tests use the system's Java", () => {
    expect(manifest.allowScripts?.["vnu-jar"]).toBe(false);
  });

  it("leave nothing for npm to report as unreviewed", () => {
    const listed = execFileSync("npm", ["install-scripts", "ls"], { cwd: ROOT, encoding: "utf8" });
    expect(listed).toContain("No packages with unreviewed install scripts.");
  });
});
