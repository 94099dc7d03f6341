import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { loadContent } from "@/lib/content/load-content";
import { buildSearchIndex, searchArticles } from "@/lib/search";
import { VALID } from "./helpers";

const GUIDE = `${VALID.replace("title: 借呗逾期了怎么办", "title: 指南").replace("导语：先别慌。", "导语：先别慌，这篇讲逾期。")}
## 甲

甲的内容。

## 乙

乙的内容。

## 丙

丙的内容。
`;
const DRAFT = VALID.replace("title: 借呗逾期了怎么办", "title: 草稿").replace("date: 2026-01-05", "date: 2026-01-05\ndraft: true");

/** A content folder with two articles (guide, draft) and the given data files; the diagnostics of the data files. */
async function loadWith(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(path.join(tmpdir(), "data-files-"));
  mkdirSync(path.join(dir, "articles"));
  writeFileSync(path.join(dir, "articles", "guide.md"), GUIDE);
  writeFileSync(path.join(dir, "articles", "draft.md"), DRAFT);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const content = await loadContent(dir);
  const lines = content.diagnostics
    .filter((d) => d.file.endsWith(".yaml"))
    .map(formatDiagnostic)
    .map((line) => line.split(`${path.relative(process.cwd(), dir)}/`).join(""));
  return { ...content, lines };
}

const situation = (label: string, target = "/articles/guide#definition") => `- label: ${label}\n  target: ${target}\n`;
const SIX = [
  situation("刚逾期", "/articles/guide#definition"),
  situation("催收", "/articles/guide#consequences"),
  situation("法院", "/articles/guide#甲"),
  situation("还不上", "/articles/guide#乙"),
  situation("骗子", "/articles/guide#丙"),
  situation("征信", "/articles/guide"),
].join("");

describe("situations.yaml", () => {
  it("gives the home page its situations in order", async () => {
    const text = `- label: 今天刚逾期\n  hint: 先做这几件事\n  target: /articles/guide#definition\n${situation("担心后果", "/articles/guide#consequences")}${situation("看全文", "/articles/guide")}${situation("四", "/articles/guide#definition")}`;
    const { situations, lines } = await loadWith({
      "situations.yaml": `${text}${situation("五", "/articles/guide#consequences")}${situation("六", "/articles/guide#consequences")}`,
    });
    expect(situations.map((s) => s.label)).toEqual(["今天刚逾期", "担心后果", "看全文", "四", "五", "六"]);
    expect(situations[0]).toEqual({ label: "今天刚逾期", hint: "先做这几件事", target: "/articles/guide#definition" });
    expect(lines.every((line) => line.includes("warning"))).toBe(true);
  });

  it("is optional, with a warning that the home page goes without", async () => {
    const { situations, lines } = await loadWith({});
    expect(situations).toEqual([]);
    expect(lines).toEqual([
      "situations.yaml:1:1: warning: 没有 situations.yaml：首页不会显示“你现在遇到的是哪种情况？”。请按编辑指南新建这个文件",
    ]);
  });

  it("reports every broken target where it is written, and leaves those situations out", async () => {
    const text = [
      situation("文章不存在", "/articles/gide#definition"),
      situation("章节不存在", "/articles/guide#negotiation"),
      situation("草稿", "/articles/draft#definition"),
      situation("不是文章", "/tools/reminder"),
      situation("好的", "/articles/guide#consequences"),
    ].join("");
    const { situations, lines } = await loadWith({ "situations.yaml": text });
    expect(lines).toEqual([
      'situations.yaml:2:11: error: 链接 "/articles/gide#definition" 指向的文章不存在：你是不是想链接 /articles/guide？请检查文件名（不带 .md）',
      'situations.yaml:4:11: error: 链接 "/articles/guide#negotiation" 的 #negotiation 在文章 guide 里不存在：可用的章节锚点有 #definition、#consequences、#甲、#乙、#丙',
      'situations.yaml:6:11: error: 链接 "/articles/draft#definition" 指向草稿 articles/draft.md：草稿不会发布，读者会打不开。请等它发布后再加链接',
      'situations.yaml:8:11: error: 第 4 项："target" 应该是本站文章或章节的地址，例如 /articles/overdue-by-a-few-days#process，现在是 "/tools/reminder"',
    ]);
    expect(situations.map((s) => s.label)).toEqual(["好的"]);
  });

  it("holds six to eight situations with distinct labels", async () => {
    expect((await loadWith({ "situations.yaml": situation("只有一个") })).lines).toEqual([
      "situations.yaml:1:1: warning: 只有 1 种情况，建议写 6–8 种：读者最常遇到的几种处境都应该能在首页一眼找到",
    ]);
    const nine = `${SIX}${situation("七", "/articles/guide#consequences")}${situation("八")}${situation("九")}`;
    expect((await loadWith({ "situations.yaml": nine })).lines).toContain(
      "situations.yaml:17:3: error: situations.yaml 最多 8 项，现在有 9 项：首页放不下更多：请合并相近的几项，或删掉最不常见的",
    );
    const twice = `${SIX}${situation("催收", "/articles/guide#consequences")}`;
    expect((await loadWith({ "situations.yaml": twice })).lines).toEqual([
      'situations.yaml:13:10: error: 第 7 项的 label "催收" 和第 2 项相同：读者分不清该点哪一个，请改得不同或合并',
    ]);
  });

  it("explains shape mistakes: not a list, a missing or misspelt field, a long label, bad YAML, another encoding", async () => {
    expect((await loadWith({ "situations.yaml": "label: 今天刚逾期\n" })).lines[0]).toMatch(
      /^situations.yaml:1:1: error: situations.yaml 应该是一个列表：每一项以“- ”开头，例如 - \{ label: /,
    );
    expect((await loadWith({ "situations.yaml": `${SIX}- lable: 少了目标\n  target: /articles/guide\n` })).lines).toEqual([
      'situations.yaml:13:3: error: 第 7 项缺少 "label"：请补上这一行，例如 - { label: 今天刚逾期, hint: 晚了一两天，现在先做什么, target: /articles/overdue-by-a-few-days#process }',
      'situations.yaml:13:3: error: 未知字段 "lable"：你是不是想写 "label"？（did you mean "label"?）可用的字段：label、hint、target',
    ]);
    expect((await loadWith({ "situations.yaml": `${SIX}${situation("这是一个超过十六个字的很长很长的情况描述")}` })).lines).toEqual([
      'situations.yaml:13:10: error: 第 7 项："label" 最多 16 个字，现在有 20 个：请删减',
    ]);
    expect((await loadWith({ "situations.yaml": `${SIX}- label: "没有闭合\n` })).lines[0]).toMatch(
      /^situations.yaml:14:1: error: situations.yaml 的 YAML 写法有误（Missing closing "quote）：引号或括号没有闭合/,
    );
    const gbk = Uint8Array.from([...new TextEncoder().encode("- label: "), 0xc4, 0xe3, 0x0a]);
    expect((await loadWith({ "situations.yaml": gbk })).lines).toEqual([
      "situations.yaml:1:10: error: 文件不是 UTF-8 编码（可能是 GBK 等旧编码）：请在编辑器里选择“另存为”，编码选 UTF-8，再保存",
    ]);
  });
});

describe("search-words.yaml", () => {
  it("accepts words for sections and whole articles, numbers included", async () => {
    const text = "- target: /articles/guide#consequences\n  words: [会坐牢吗, 12368]\n- target: /articles/guide\n  words: [总说明]\n";
    const { searchWords, lines } = await loadWith({ "situations.yaml": SIX, "search-words.yaml": text });
    expect(lines).toEqual([]);
    expect(searchWords).toEqual([
      { target: "/articles/guide#consequences", words: ["会坐牢吗", "12368"] },
      { target: "/articles/guide", words: ["总说明"] },
    ]);
  });

  it("warns about words that are repeated, too general, or split over two entries", async () => {
    const text =
      "- target: /articles/guide#consequences\n  words: [坐牢, 坐牢, 逾期]\n- target: /articles/guide#consequences\n  words: [判刑]\n";
    expect((await loadWith({ "situations.yaml": SIX, "search-words.yaml": text })).lines).toEqual([
      'search-words.yaml:2:15: warning: 说法 "坐牢" 在这一项里写了两次：请删掉重复的一个',
      'search-words.yaml:2:19: warning: 说法 "逾期" 太常见，几乎每篇文章都有：它会让所有带这个词的问题都先找到这一节。请换成更具体的说法',
      "search-words.yaml:3:11: warning: 第 2 项和第 1 项的 target 相同：请把两项的说法合并到一项里",
    ]);
  });

  it("refuses one-character words and empty lists", async () => {
    const text = "- target: /articles/guide\n  words: [罚]\n- target: /articles/guide#definition\n  words: []\n";
    expect((await loadWith({ "situations.yaml": SIX, "search-words.yaml": text })).lines).toEqual([
      'search-words.yaml:2:11: error: 第 1 项：说法 "罚" 太短：至少写 2 个字，单个字会匹配到太多章节',
      'search-words.yaml:4:10: error: 第 2 项："words" 至少写一个说法，例如 words: [坐牢, 判刑]',
    ]);
  });

  it("leads a question that contains a word to its section first", async () => {
    const text = "- target: /articles/guide#consequences\n  words: [坐牢]\n";
    const { articles, searchWords } = await loadWith({ "situations.yaml": SIX, "search-words.yaml": text });
    const published = articles.filter((article) => !article.draft);
    const firstHit = (words: typeof searchWords) => {
      const response = searchArticles(buildSearchIndex(published, words), "借呗逾期会坐牢吗");
      return response.kind === "results" ? response.results[0]?.href : undefined;
    };
    expect(firstHit(searchWords)).toBe("/articles/guide#consequences");
    expect(firstHit([])).toBeUndefined();
  });
});
