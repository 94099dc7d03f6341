import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import { checkReviewDate, isRuleName } from "@/lib/content/source-checks";
import { monthsBefore } from "@/lib/dates/calendar-dates";
import { articleToTraditional } from "@/lib/script/article";
import { articleStructuredData } from "@/lib/site/structured-data";
import { parse, report, variant } from "./helpers";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const FILE = "content/articles/sample.md";
const withSources = (yaml: string, body = "导语：先别慌。") =>
  variant("date: 2026-01-05", `date: 2026-01-05\nreviewed: 2026-01-05\n${yaml}`).replace("导语：先别慌。", body);

describe("sources and reviewed in the frontmatter", () => {
  it("accepts titles with and without an official address", () => {
    const source = withSources(
      "sources:\n  - title: 《征信业管理条例》第十六条\n    url: https://flk.npc.gov.cn/\n  - title: 中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》",
    );
    const { article, diagnostics } = parse(source);
    expect(diagnostics).toEqual([]);
    expect(article?.reviewed).toBe("2026-01-05");
    expect(article?.sources).toEqual([
      { title: "《征信业管理条例》第十六条", url: "https://flk.npc.gov.cn/" },
      { title: "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》" },
    ]);
  });

  it("defaults to no sources and no review date", () => {
    const { article } = parse(variant("导语：先别慌。", "导语：先别慌。"));
    expect(article?.sources).toEqual([]);
    expect(article?.reviewed).toBeUndefined();
  });

  it("explains a source written as plain text, at the entry", () => {
    expect(report(withSources("sources:\n  - 《民法典》"))).toEqual([
      `${FILE}:7:5: error: "sources" 的第 1 项应写成“title: 名称”，现在是 "《民法典》"：例如 - title: 《征信业管理条例》第十六条（有官方网址时，下一行缩进对齐写 url: https://…）`,
    ]);
  });

  it("names a source without a title and a misspelt field, at the entry", () => {
    expect(report(withSources("sources:\n  - titel: 《民法典》"))).toEqual([
      `${FILE}:7:5: error: "sources" 的第 1 项缺少 title：请写上来源的名称，例如 - title: 《征信业管理条例》第十六条（有官方网址时，下一行缩进对齐写 url: https://…）`,
      `${FILE}:7:5: error: 来源里的未知字段 "titel"：你是不是想写 "title"？（did you mean "title"?）每一项来源只能有 title 和 url`,
    ]);
  });

  it("refuses an address that is not a web page", () => {
    expect(report(withSources("sources:\n  - title: 《民法典》\n    url: javascript:alert(1)"))).toEqual([
      `${FILE}:8:10: error: 来源网址 "javascript:alert(1)" 无效：请写完整的 http:// 或 https:// 开头的官方网址，或者删掉 url 这一行`,
    ]);
  });

  it("checks the review date like every date", () => {
    expect(report(variant("date: 2026-01-05", "date: 2026-01-05\nreviewed: 2026-02-30"))).toEqual([
      `${FILE}:5:11: error: "reviewed" 的日期 "2026-02-30" 在日历上不存在：请检查月份和日子`,
    ]);
  });
});

describe("rules named in the body must be among the sources", () => {
  it("warns at the first mention of each rule that is not listed", () => {
    const body = "导语：按照《征信业管理条例》第十六条，记录保存 5 年；《民法典》也有规定，《征信业管理条例》再提一次。";
    expect(report(withSources("sources:\n  - title: 《中华人民共和国民法典》第一百八十八条", body))).toEqual([
      `${FILE}:10:6: warning: 正文提到了《征信业管理条例》，但 sources 里没有列出它：请在 frontmatter 的 sources 里加一项 - title: 《征信业管理条例》（有官方网址的，下一行再写 url）`,
    ]);
  });

  it("matches brackets of either width and ignores titles that are not rules", () => {
    const body = "导语：见《金融机构个人消费类贷款催收工作指引(试行)》和你的《借款合同》。";
    expect(report(withSources("sources:\n  - title: 中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》", body))).toEqual([]);
  });

  it.each([
    ["征信业管理条例", true],
    ["中华人民共和国民法典", true],
    ["商业银行信用卡业务监督管理办法", true],
    ["金融机构个人消费类贷款催收工作指引（试行）", true],
    ["最高人民法院关于公布失信被执行人名单信息的若干规定", true],
    ["借款合同", false],
    ["个人信用报告", false],
  ])("《%s》 names a rule: %s", (name, expected) => {
    expect(isRuleName(name)).toBe(expected);
  });
});

describe("review dates", () => {
  const at = { reviewedAt: { line: 4, column: 11 }, start: { line: 1, column: 1 } };

  it("are required on an article that cites rules", () => {
    expect(checkReviewDate({ reviewed: undefined, citesRules: true }, at, "2026-12-01")).toEqual([
      {
        at: { line: 1, column: 1 },
        severity: "warning",
        message:
          "这篇文章引用了法律或规定，但没有写核对日期：请在 frontmatter 里加一行 reviewed: YYYY-MM-DD，写上最近一次有人对照来源核对事实的日期",
      },
    ]);
    expect(checkReviewDate({ reviewed: undefined, citesRules: false }, at, "2026-12-01")).toEqual([]);
  });

  it("go stale after 12 months", () => {
    expect(checkReviewDate({ reviewed: "2025-12-01", citesRules: true }, at, "2026-12-01")).toEqual([]);
    expect(checkReviewDate({ reviewed: "2025-11-30", citesRules: true }, at, "2026-12-01")).toEqual([
      {
        at: { line: 4, column: 11 },
        severity: "warning",
        message: "内容核对于 2025-11-30，已经超过 12 个月：请对照 sources 重新核对文中的事实，再把 reviewed 改成核对当天的日期",
      },
    ]);
  });

  it("may not lie in the future", () => {
    expect(checkReviewDate({ reviewed: "2026-12-02", citesRules: true }, at, "2026-12-01")[0]?.message).toBe(
      '"reviewed"（2026-12-02）是将来的日期：请写实际核对事实的那一天',
    );
  });

  it("count calendar months, clamped to the month's last day", () => {
    expect(monthsBefore("2026-12-01", 12)).toBe("2025-12-01");
    expect(monthsBefore("2027-02-28", 12)).toBe("2026-02-28");
    expect(monthsBefore("2028-02-29", 12)).toBe("2027-02-28");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2026-01-15", 13)).toBe("2024-12-15");
  });

  it("are checked against the day content is loaded, at the reviewed line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "reviewed-"));
    mkdirSync(path.join(dir, "articles"));
    writeFileSync(path.join(dir, "articles", "old.md"), withSources("sources:\n  - title: 《征信业管理条例》"));
    const stale = await loadContent(dir, { today: "2027-06-01" });
    const reviewWarnings = (diagnostics: { file: string; line: number; column: number; message: string }[]) =>
      diagnostics.filter((d) => d.file.endsWith("old.md") && d.message.startsWith("内容核对于")).map((d) => `${d.line}:${d.column}`);
    expect(reviewWarnings(stale.diagnostics)).toEqual(["5:11"]);
    const fresh = await loadContent(dir, { today: "2026-06-01" });
    expect(reviewWarnings(fresh.diagnostics)).toEqual([]);
  });
});

describe("sources on the page", () => {
  const source = withSources(
    "sources:\n  - title: 《征信业管理条例》第十六条\n    url: https://flk.npc.gov.cn/\n  - title: 中国人民银行公告",
  );
  const article = parse(source).article!;

  it("are cited in the Article JSON-LD, with their addresses", () => {
    const graph = articleStructuredData(article, "zh-Hans")["@graph"] as { "@type": string; citation?: unknown }[];
    expect(graph.find((node) => node["@type"] === "Article")?.citation).toEqual([
      { "@type": "CreativeWork", name: "《征信业管理条例》第十六条", url: "https://flk.npc.gov.cn/" },
      { "@type": "CreativeWork", name: "中国人民银行公告" },
    ]);
  });

  it("keep their addresses in Traditional, with the titles converted", () => {
    expect(articleToTraditional(article).sources).toEqual([
      { title: "《徵信業管理條例》第十六條", url: "https://flk.npc.gov.cn/" },
      { title: "中國人民銀行公告", url: undefined },
    ]);
  });
});
