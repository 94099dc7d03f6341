import { describe, expect, it } from "vitest";
import { parse, report, variant, VALID } from "./helpers";

const FILE = "content/articles/sample.md";

describe("frontmatter", () => {
  it("accepts a valid article and fills the defaults", () => {
    const { article, diagnostics } = parse(VALID);
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({ title: "借呗逾期了怎么办", date: "2026-01-05", tags: [], aliases: [], draft: false });
    expect(article?.updated).toBeUndefined();
  });

  it("reports a missing frontmatter at the top of the file", () => {
    expect(report("导语。\n\n## 是什么 {#definition}\n\n正文。\n")).toContain(
      `${FILE}:1:1: error: 文件开头缺少 frontmatter：第一行写 ---，接着写 title、description、date，再写一行 ---`,
    );
  });

  it("reports a frontmatter that is never closed", () => {
    expect(report("---\ntitle: 标题\n\n导语。\n")[0]).toBe(`${FILE}:1:1: error: frontmatter 没有结束：请在最后一个字段下面加一行 ---`);
  });

  it("reports a YAML syntax error at its line in the file", () => {
    const lines = report(variant("description: 逾期后先做什么。", 'description: "没有闭合的引号'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^${FILE}:4:17: error: frontmatter 的 YAML 写法有误（Missing closing "quote）：引号或括号没有闭合`),
    );
  });

  it("explains an unquoted colon in a value", () => {
    expect(report(variant("title: 借呗逾期了怎么办", "title: 借呗: 逾期"))[0]).toMatch(
      new RegExp(`^${FILE}:2:\\d+: error: .*请用英文引号把整个值包起来`),
    );
  });

  it("reports a duplicated key at its second occurrence", () => {
    expect(report(variant("date: 2026-01-05", "date: 2026-01-05\ntitle: 又一个标题"))[0]).toMatch(
      new RegExp(`^${FILE}:5:1: error: .*同一个字段写了两次`),
    );
  });

  it("reports a missing required field at the opening line, with an example", () => {
    expect(report(variant("title: 借呗逾期了怎么办\n", ""))).toEqual([
      `${FILE}:1:1: error: 缺少必填字段 "title"：请在 frontmatter 里加一行 title: 借呗逾期了怎么办：完整指南`,
    ]);
  });

  it("limits the title to 80 characters, counted as characters", () => {
    const title = "逾".repeat(81);
    expect(report(variant("title: 借呗逾期了怎么办", `title: ${title}`))).toEqual([
      `${FILE}:2:8: error: "title" 最多 80 个字，现在有 81 个：请删减`,
    ]);
    expect(report(variant("title: 借呗逾期了怎么办", `title: ${"逾".repeat(80)}`))).toEqual([]);
  });

  it("limits the description to 200 characters", () => {
    expect(report(variant("description: 逾期后先做什么。", `description: ${"字".repeat(201)}`))).toEqual([
      `${FILE}:3:14: error: "description" 最多 200 个字，现在有 201 个：请删减`,
    ]);
  });

  it("rejects an empty title", () => {
    expect(report(variant("title: 借呗逾期了怎么办", 'title: "  "'))).toEqual([`${FILE}:2:8: error: "title" 不能为空：请在冒号后写上内容`]);
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(report(variant("date: 2026-01-05", "date: 2026-1-5"))).toEqual([
      `${FILE}:4:7: error: "date" 的日期格式应为 YYYY-MM-DD（例如 2026-01-05），现在是 "2026-1-5"`,
    ]);
  });

  it("rejects a date that does not exist instead of rolling it over", () => {
    expect(report(variant("date: 2026-01-05", "date: 2025-02-30"))).toEqual([
      `${FILE}:4:7: error: "date" 的日期 "2025-02-30" 在日历上不存在：请检查月份和日子`,
    ]);
    expect(report(variant("date: 2026-01-05", "date: 2024-02-29"))).toEqual([]);
  });

  it("rejects an updated date before the publication date", () => {
    expect(report(variant("date: 2026-01-05", "date: 2026-01-05\nupdated: 2026-01-04"))).toEqual([
      `${FILE}:5:10: error: "updated"（2026-01-04）早于 "date"（2026-01-05）：更新日期不能早于发布日期`,
    ]);
    expect(parse(variant("date: 2026-01-05", "date: 2026-01-05\nupdated: 2026-01-05")).article?.updated).toBe("2026-01-05");
  });

  it("rejects unknown keys and suggests the nearest one", () => {
    expect(report(variant("title: 借呗逾期了怎么办", "title: 借呗逾期了怎么办\ntitel: 重复"))).toEqual([
      `${FILE}:3:1: error: 未知字段 "titel"：你是不是想写 "title"？（did you mean "title"?）可用的字段：title、description、date、updated、reviewed、sources、tags、aliases、draft`,
    ]);
    expect(report(variant("title: 借呗逾期了怎么办", "title: 借呗逾期了怎么办\nauthor: 某人"))).toEqual([
      `${FILE}:3:1: error: 未知字段 "author"：请删除它或改成可用的字段之一：title、description、date、updated、reviewed、sources、tags、aliases、draft`,
    ]);
  });

  it("requires draft to be a boolean and tags to be a list", () => {
    expect(report(variant("date: 2026-01-05", "date: 2026-01-05\ndraft: yes"))).toEqual([
      `${FILE}:5:8: error: "draft" 应为 true 或 false，现在是 "yes"：例如 draft: true`,
    ]);
    expect(report(variant("date: 2026-01-05", "date: 2026-01-05\ntags: 逾期"))).toEqual([
      `${FILE}:5:7: error: "tags" 应为列表，现在是 "逾期"：例如 tags: [逾期, 征信]`,
    ]);
  });

  it("reports a non-text title at its value", () => {
    expect(report(variant("title: 借呗逾期了怎么办", "title: 123"))).toEqual([
      `${FILE}:2:8: error: "title" 应为一行文字，现在是 "123"：例如 title: 借呗逾期了怎么办：完整指南`,
    ]);
  });

  it("keeps quoted and unquoted dates as the same text", () => {
    expect(parse(variant("date: 2026-01-05", 'date: "2026-01-05"')).article?.date).toBe("2026-01-05");
  });

  it("reports every frontmatter problem of a file at once", () => {
    const lines = report(variant("title: 借呗逾期了怎么办\ndescription: 逾期后先做什么。\ndate: 2026-01-05", "titel: x\ndate: 2026-13-01"));
    expect(lines.map((line) => line.split(": error: ")[0])).toEqual([`${FILE}:1:1`, `${FILE}:1:1`, `${FILE}:2:1`, `${FILE}:3:7`]);
  });
});
