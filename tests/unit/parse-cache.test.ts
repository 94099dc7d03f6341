import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseFilesHere } from "@/lib/content/load-content";
import type { ArticleFile } from "@/lib/content/parse-files";
import { withParseCache } from "@/lib/content/parse-cache";
import { VALID } from "./helpers";

describe("the content:check parse cache", () => {
  let dir: string;
  let parsedNames: string[];
  const counting = async (files: readonly ArticleFile[]) => {
    parsedNames.push(...files.map((f) => f.file));
    return parseFilesHere(files);
  };
  const file = (name: string): ArticleFile => ({ file: `articles/${name}`, path: path.join(dir, name) });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "parse-cache-"));
    parsedNames = [];
    writeFileSync(path.join(dir, "a.md"), VALID);
    writeFileSync(path.join(dir, "b.md"), VALID.replace("借呗逾期了怎么办", "另一篇"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("parses each file once, then serves the same results from disk", async () => {
    const parse = withParseCache(counting, path.join(dir, "cache"));
    const first = await parse([file("a.md"), file("b.md")]);
    const second = await parse([file("a.md"), file("b.md")]);
    expect(parsedNames).toEqual(["articles/a.md", "articles/b.md"]);
    expect(second).toEqual(first);
    expect(second.map((p) => p.article?.title)).toEqual(["借呗逾期了怎么办", "另一篇"]);
  });

  it("parses a file again when its content changes, and only that file", async () => {
    const parse = withParseCache(counting, path.join(dir, "cache"));
    await parse([file("a.md"), file("b.md")]);
    writeFileSync(path.join(dir, "b.md"), VALID.replace("借呗逾期了怎么办", "改过的标题"));
    const again = await parse([file("a.md"), file("b.md")]);
    expect(parsedNames).toEqual(["articles/a.md", "articles/b.md", "articles/b.md"]);
    expect(again[1]?.article?.title).toBe("改过的标题");
  });

  it("does not parse a file again when only its modification time changed (a checkout)", async () => {
    const parse = withParseCache(counting, path.join(dir, "cache"));
    await parse([file("a.md"), file("b.md")]);
    utimesSync(path.join(dir, "a.md"), new Date(), new Date(Date.now() + 60_000));
    const again = await parse([file("a.md"), file("b.md")]);
    expect(parsedNames).toEqual(["articles/a.md", "articles/b.md"]);
    expect(again[0]?.article?.title).toBe("借呗逾期了怎么办");
  });

  it("parses a file again when its bytes change to others of the same size", async () => {
    const parse = withParseCache(counting, path.join(dir, "cache"));
    await parse([file("a.md")]);
    writeFileSync(path.join(dir, "a.md"), VALID.replace("借呗逾期了怎么办", "借呗逾期了怎么帮"));
    utimesSync(path.join(dir, "a.md"), new Date(), new Date(Date.now() + 60_000));
    const changed = await parse([file("a.md")]);
    expect(parsedNames).toEqual(["articles/a.md", "articles/a.md"]);
    expect(changed[0]?.article?.title).toBe("借呗逾期了怎么帮");
  });

  it("keeps one cache file for a folder, and rebuilds it when it cannot be read", async () => {
    const cacheRoot = path.join(dir, "cache");
    const parse = withParseCache(counting, cacheRoot);
    await parse([file("a.md"), file("b.md")]);
    const [version] = readdirSync(cacheRoot);
    const cacheFiles = readdirSync(path.join(cacheRoot, version!));
    expect(cacheFiles).toHaveLength(1);
    writeFileSync(path.join(cacheRoot, version!, cacheFiles[0]!), "not a cache");
    const again = await parse([file("a.md"), file("b.md")]);
    expect(parsedNames).toEqual(["articles/a.md", "articles/b.md", "articles/a.md", "articles/b.md"]);
    expect(again.map((p) => p.article?.title)).toEqual(["借呗逾期了怎么办", "另一篇"]);
  });
});
