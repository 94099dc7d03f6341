import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeGeneratedArticles } from "@/bench/generate-articles";
import { parseFiles } from "@/lib/content/parse-files";
import { parseInWorkers } from "@/lib/content/parse-in-workers";

describe("parseInWorkers", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parse-in-workers-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives exactly what parsing in this process gives, in the order of the files", async () => {
    writeGeneratedArticles(dir, 450);
    const articlesDir = path.join(dir, "articles");
    const files = readdirSync(articlesDir).map((name) => ({ file: `articles/${name}`, path: path.join(articlesDir, name) }));
    const inWorkers = await parseInWorkers(files, { renderHtml: false });
    expect(inWorkers).toHaveLength(450);
    expect(inWorkers).toEqual(await parseFiles(files, { renderHtml: false }));
    expect(await parseInWorkers(files, { renderHtml: true })).toEqual(await parseFiles(files, { renderHtml: true }));
  });
});
