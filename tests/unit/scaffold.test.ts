import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { scaffoldArticle } from "@/lib/content/scaffold";
import { SECTION_KINDS } from "@/lib/content/schema";

const ROOT = path.join(__dirname, "..", "..");

describe("scaffoldArticle", () => {
  it("is a valid draft with all five typed sections", () => {
    const source = scaffoldArticle({ title: "提前还款要注意什么", date: "2026-11-29" });
    const { article, diagnostics } = parseArticle("articles/new.md", new TextEncoder().encode(source));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(article).toMatchObject({ title: "提前还款要注意什么", date: "2026-11-29", draft: true });
    expect(article?.sections.map((s) => s.kind)).toEqual([...SECTION_KINDS]);
  });

  it("quotes titles that YAML would misread", () => {
    const title = '借呗: 提前还款 "注意" #1';
    const source = scaffoldArticle({ title, date: "2026-11-29" });
    expect(parseArticle("articles/new.md", new TextEncoder().encode(source)).article?.title).toBe(title);
  });

  it("has a placeholder title when none is given", () => {
    expect(scaffoldArticle({ date: "2026-11-29" })).toContain("title: 在这里写标题\n");
  });
});

describe("npm run new", () => {
  let dir: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["lib/cli/run.mjs", "new-article", ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: "utf8",
    });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "new-article-"));
    mkdirSync(path.join(dir, "articles"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a draft dated today that passes the check", () => {
    const result = run("repay-early", "--title", "提前还款要注意什么");
    expect(result.status).toBe(0);
    const source = readFileSync(path.join(dir, "articles", "repay-early.md"), "utf8");
    expect(source).toContain(`date: ${new Date().toLocaleDateString("sv-SE")}\n`);
    expect(source).toContain("draft: true\n");
    expect(parseArticle("repay-early.md", new TextEncoder().encode(source)).article?.title).toBe("提前还款要注意什么");
  });

  it("refuses an invalid slug and says why", () => {
    const result = run("Repay_Early");
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('无法新建文章："Repay_Early" 不能用作网址：只能用小写英文字母、数字和单个连字符，例如 repay-early');
  });

  it("refuses a slug that is taken, by a file or an alias, without touching it", () => {
    const existing = path.join(dir, "articles", "repay-early.md");
    writeFileSync(existing, scaffoldArticle({ date: "2026-01-01" }).replace("draft: true", "draft: true\naliases: [early]"));
    const before = readFileSync(existing, "utf8");
    expect(run("repay-early").stderr).toMatch(/repay-early\.md 已经存在：请换一个网址名，或直接编辑那篇文章/);
    expect(run("early").stderr).toMatch(/"early" 是文章 .*repay-early\.md 的旧网址（aliases）：请换一个网址名/);
    expect(readFileSync(existing, "utf8")).toBe(before);
  });

  it("asks for a slug when none is given", () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("请给出文章的网址名");
  });
});
