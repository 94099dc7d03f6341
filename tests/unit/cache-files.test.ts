import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileStamp, writeFileAtomically } from "@/lib/content/cache-files";

describe("cache files", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cache-files-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("stamps a file by size and time, a folder as a folder, and nothing as missing", () => {
    writeFileSync(path.join(dir, "a.md"), "四个字节");
    mkdirSync(path.join(dir, "sub"));
    expect(fileStamp(path.join(dir, "a.md"))).toMatch(/^12:\d+(\.\d+)?$/);
    expect(fileStamp(path.join(dir, "sub"))).toBe("folder");
    expect(fileStamp(path.join(dir, "none"))).toBe("missing");
  });

  it("writes a file whole and leaves no temporary file, even when the write fails", () => {
    writeFileAtomically(path.join(dir, "out.json"), "{}");
    expect(readFileSync(path.join(dir, "out.json"), "utf8")).toBe("{}");
    expect(() => writeFileAtomically(path.join(dir, "no-such-folder", "out.json"), "{}")).toThrow();
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });
});
