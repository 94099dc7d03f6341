import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { resolveContentDir } from "@/lib/content/content-dir";
import { ContentError, loadContent, loadValidContent, selectVisible } from "@/lib/content/load-content";

const fixture = (name: string) => path.join(__dirname, "..", "fixtures", name);
const ROOT = path.join(__dirname, "..", "..");

describe("loadContent", () => {
  it("reads every article of a folder, newest first", async () => {
    const { articles, diagnostics, fileCount } = await loadContent(fixture("valid"));
    expect(diagnostics).toEqual([]);
    expect(fileCount).toBe(3);
    expect(articles.map((a) => a.slug)).toEqual(["draft-article", "complete-guide", "older-article"]);
  });

  it("keeps drafts out unless asked for", async () => {
    const { articles } = await loadContent(fixture("valid"));
    expect(selectVisible(articles, false).map((a) => a.slug)).toEqual(["complete-guide", "older-article"]);
    expect(selectVisible(articles, true)).toHaveLength(3);
  });

  it("reports the problems of every broken file in one run, sorted by file", async () => {
    const { articles, diagnostics, fileCount } = await loadContent(fixture("broken"));
    expect(fileCount).toBe(4);
    expect(articles.map((a) => a.slug)).toEqual([]);
    const lines = diagnostics.map(formatDiagnostic).map((line) => line.replace(/^.*fixtures\/broken\//, ""));
    expect(lines).toEqual([
      'articles/Bad_Name.md:1:1: error: 文件名 "Bad_Name.md" 不能用作网址：只能用小写英文字母、数字和单个连字符，例如 jiebei-overdue-guide.md',
      'articles/bad-yaml.md:2:8: error: frontmatter 的 YAML 写法有误（Nested mappings are not allowed in compact mappings）：值里有“半角冒号 + 空格”时，请用英文引号把整个值包起来，例如 title: "借呗: 逾期"',
      "articles/gbk-encoded.md:2:8: error: 文件不是 UTF-8 编码（可能是 GBK 等旧编码）：请在编辑器里选择“另存为”，编码选 UTF-8，再保存",
      "articles/notes.txt:1:1: warning: 只有以 .md 结尾的文件才会发布：请把文章直接放在 articles 目录里，文件名以 .md 结尾",
      'articles/unknown-kind.md:9:7: error: 未知的章节类型 "negotation"：你是不是想写 "negotiation"？（did you mean "negotiation"?）可用类型：definition、consequences、process、negotiation、prevention；普通章节不需要标记',
      'search-words.yaml:1:11: error: 链接 "/articles/no-such-article" 指向的文章不存在：请检查文件名（不带 .md）',
      'search-words.yaml:3:11: error: 第 2 项："target" 应该是本站文章或章节的地址，例如 /articles/overdue-by-a-few-days#process，现在是 "articles/unknown-kind"',
      'search-words.yaml:4:11: error: 第 2 项：说法 "罚" 太短：至少写 2 个字，单个字会匹配到太多章节',
      'situations.yaml:1:3: error: 第 1 项缺少 "target"：请补上这一行，例如 - { label: 今天刚逾期, hint: 晚了一两天，现在先做什么, target: /articles/overdue-by-a-few-days#process }',
      'situations.yaml:2:3: error: 未知字段 "taget"：你是不是想写 "target"？（did you mean "target"?）可用的字段：label、hint、target',
      'situations.yaml:4:11: error: 链接 "/articles/no-such-article#consequences" 指向的文章不存在：请检查文件名（不带 .md）',
    ]);
  });

  it("reports a missing articles folder", async () => {
    const { diagnostics } = await loadContent(fixture("does-not-exist"));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toBe("找不到文章目录：请确认 CONTENT_DIR 指向的目录里有 articles 子目录");
  });

  it("throws the whole report when content has errors", async () => {
    await expect(loadValidContent(fixture("broken"))).rejects.toThrow(ContentError);
    await expect(loadValidContent(fixture("broken"))).rejects.toThrow(/检查了 4 篇文章：10 个错误，1 个警告。/);
    await expect(loadValidContent(fixture("valid"))).resolves.toMatchObject({ fileCount: 3 });
  });
});

describe("resolveContentDir", () => {
  it("defaults to ./content and honours CONTENT_DIR", () => {
    expect(resolveContentDir({})).toBe(path.resolve("content"));
    expect(resolveContentDir({ CONTENT_DIR: " " })).toBe(path.resolve("content"));
    expect(resolveContentDir({ CONTENT_DIR: "/srv/site" })).toBe("/srv/site");
  });
});

describe("npm run content:check", () => {
  const check = (contentDir: string) =>
    spawnSync(process.execPath, ["lib/cli/run.mjs", "content-check"], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: "utf8",
    });

  it("prints every problem and a summary, and exits 1 on errors", () => {
    const result = check("tests/fixtures/broken");
    const lines = result.stdout.trim().split("\n");
    expect(result.status).toBe(1);
    expect(lines[0]).toMatch(/^tests\/fixtures\/broken\/articles\/Bad_Name\.md:1:1: error: /);
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toBe("检查了 4 篇文章：10 个错误，1 个警告。请先修正错误再发布。");
  });

  it("exits 0 when there are no errors", () => {
    const result = check("tests/fixtures/valid");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("检查了 3 篇文章：没有发现问题。");
  });

  describe("on a folder of many copies of one broken article", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), "many-broken-"));
      mkdirSync(path.join(dir, "articles"));
      const broken = readFileSync(path.join(ROOT, "tests/fixtures/broken/articles/unknown-kind.md"));
      for (let i = 1; i <= 60; i += 1) writeFileSync(path.join(dir, "articles", `broken-${i}.md`), broken);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("lists 20 problems of a kind and counts the rest, still counting all of them", () => {
      const result = check(dir);
      const lines = result.stdout.trim().split("\n");
      expect(result.status).toBe(1);
      expect(lines.filter((line) => !line.startsWith(" ") && line.includes(": error: 未知的章节类型"))).toHaveLength(20);
      expect(lines.slice(-4, -1)).toEqual([
        "另有 40 个问题和上面列出的同类，没有逐条列出：",
        expect.stringMatching(/^ {2}40 个同类问题，从这一个开始：.*broken-\d+\.md:9:7: error: 未知的章节类型/),
        "要逐条列出全部问题，请运行：npm run content:check -- --all",
      ]);
      expect(lines.at(-1)).toBe("检查了 60 篇文章：60 个错误，1 个警告。请先修正错误再发布。");
    });

    it("lists every problem with --all, and refuses an unknown flag", () => {
      const all = spawnSync(process.execPath, ["lib/cli/run.mjs", "content-check", "--all"], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: "utf8",
      });
      expect(
        all.stdout
          .trim()
          .split("\n")
          .filter((line) => line.includes(": error: ")),
      ).toHaveLength(60);
      const unknown = spawnSync(process.execPath, ["lib/cli/run.mjs", "content-check", "--everything"], { cwd: ROOT, encoding: "utf8" });
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain("用法：npm run content:check [-- --all]");
    });
  });
});
