import { describe, expect, it } from "vitest";
import { lastUpdated } from "@/lib/content/schema";
import { parseFeedbackForm } from "@/lib/reports/feedback-form";
import { parseReportForm, REPORT_LIMITS, sitePathOf } from "@/lib/reports/report-form";
import { reportDraftFromQuery } from "@/lib/reports/report-prefill";
import { ARTICLES_PER_PAGE } from "@/lib/site/pagination";
import { isSitePage, sitePagePaths, sitePages } from "@/lib/site/pages";
import { parse, VALID as VALID_ARTICLE } from "./helpers";

const SITE = "https://guide.example.org";
// Two named articles and enough others for three list pages.
const ARTICLE = parse(VALID_ARTICLE).article!;
const SLUGS = new Set([
  "jiebei-overdue-guide",
  "overdue-consequences",
  ...Array.from({ length: ARTICLES_PER_PAGE * 2 }, (_, i) => `other-${i}`),
]);
const PAGES = sitePages([...SLUGS].map((slug) => ({ ...ARTICLE, slug })));
const isPage = (path: string) => isSitePage(path, new Set(PAGES.map((page) => page.path)));

const VALID = {
  page: `${SITE}/articles/jiebei-overdue-guide#process`,
  section: "process",
  kind: "factual-error",
  description: "第二步里说罚息是日利率的两倍，合同里写的是 1.5 倍，请核实。",
  contact: "reader@example.com",
  goodFaith: "yes",
};

function errorsOf(change: Record<string, string | string[] | undefined>) {
  const result = parseReportForm({ ...VALID, ...change }, isPage, SITE);
  if (result.ok) throw new Error("expected a refusal");
  return result.errors;
}

describe("the report form", () => {
  it("knows the site's pages from the articles' names alone, as the report route gives them", () => {
    const names = [...SLUGS].map((slug) => ({ slug, aliases: [] }));
    const fromNames = sitePages(names);
    expect(fromNames.map((page) => page.path)).toEqual(PAGES.map((page) => page.path));
    expect(fromNames.filter((page) => page.lastModified !== undefined)).toEqual([]);
    // Whole articles (the sitemap's) carry their last change.
    expect(PAGES.find((page) => page.path === "/articles/overdue-consequences")?.lastModified).toBe(lastUpdated(ARTICLE));
    expect(PAGES[0]?.lastModified).toBe(lastUpdated(ARTICLE));
  });

  it("works out the site's paths once per list of articles, and again for another list", () => {
    const names = [...SLUGS].map((slug) => ({ slug, aliases: [] }));
    const paths = sitePagePaths(names);
    expect([...paths]).toEqual(PAGES.map((page) => page.path));
    expect(sitePagePaths(names)).toBe(paths);
    const fewer = names.slice(0, 2);
    expect(sitePagePaths(fewer)).not.toBe(paths);
    expect(isSitePage("/articles/other-0", sitePagePaths(fewer))).toBe(false);
    expect(isSitePage("/zh-Hant/articles/other-0", paths)).toBe(true);
    expect(isSitePage("/zh-Hant", paths)).toBe(true);
  });

  it("accepts a complete report and keeps the path, the section and the contact's kind", () => {
    const result = parseReportForm(VALID, isPage, SITE);
    expect(result).toEqual({
      ok: true,
      notes: {},
      values: {
        page: "/articles/jiebei-overdue-guide",
        section: "process",
        kind: "factual-error",
        description: VALID.description,
        contact: { type: "email", value: "reader@example.com" },
        goodFaith: "yes",
      },
    });
  });

  it("keeps the description's full-width punctuation as typed (only trimmed)", () => {
    const result = parseReportForm({ ...VALID, description: "  罚息，写错了？请改正：1.5 倍。  " }, isPage, SITE);
    expect(result.ok && result.values.description).toBe("罚息，写错了？请改正：1.5 倍。");
  });

  it.each([
    ["/articles/overdue-consequences", "/articles/overdue-consequences"],
    ["/zh-Hant/articles/overdue-consequences", "/zh-Hant/articles/overdue-consequences"],
    [`${SITE}/`, "/"],
    [`${SITE}/page/3`, "/page/3"],
    [`${SITE}/tools/overdue-cost?amount=1`, "/tools/overdue-cost"],
  ])("accepts the site page %j as %j", (page, path) => {
    const result = parseReportForm({ ...VALID, page }, isPage, SITE);
    expect(result.ok && result.values.page).toBe(path);
  });

  it.each([
    ["another site", "https://evil.example.com/articles/jiebei-overdue-guide"],
    ["an unknown article", "/articles/no-such-article"],
    ["a list page past the end", "/page/4"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a bare word", "借呗"],
  ])("refuses %s as the page, saying what to write", (_label, page) => {
    expect(errorsOf({ page }).page).toContain("这不是本站的页面");
  });

  it("asks for each missing field with its own message", () => {
    const errors = errorsOf({ page: "", kind: undefined, description: "", contact: "", goodFaith: undefined });
    expect(errors).toEqual({
      page: expect.stringContaining("请填写涉及的页面网址"),
      kind: "请选择问题的类型",
      description: expect.stringContaining("请写下问题是什么"),
      contact: expect.stringContaining("请留下邮箱或电话"),
      goodFaith: expect.stringContaining("请勾选这一项"),
    });
  });

  it("holds the description between its limits", () => {
    expect(errorsOf({ description: "有错" }).description).toContain(`至少写 ${REPORT_LIMITS.descriptionMinChars} 个字`);
    expect(errorsOf({ description: "错".repeat(REPORT_LIMITS.descriptionMaxChars + 1) }).description).toContain(
      `最多 ${REPORT_LIMITS.descriptionMaxChars} 个字`,
    );
    expect(parseReportForm({ ...VALID, description: "错".repeat(REPORT_LIMITS.descriptionMaxChars) }, isPage, SITE).ok).toBe(true);
  });

  it.each([
    ["a@b.co", { type: "email", value: "a@b.co" }],
    ["138 0013 8000", { type: "phone", value: "13800138000" }],
    ["+86-10-1234-5678", { type: "phone", value: "+861012345678" }],
  ])("accepts the contact %j", (contact, expected) => {
    const result = parseReportForm({ ...VALID, contact }, isPage, SITE);
    expect(result.ok && result.values.contact).toEqual(expected);
  });

  it.each([
    ["a broken e-mail", "reader@", "邮箱格式不对"],
    ["letters", "call me maybe", "请填写有效的邮箱"],
    ["too few digits", "12345", "请填写有效的邮箱"],
    ["an overlong value", `${"a".repeat(120)}@example.com`, "联系方式太长了"],
  ])("refuses %s as the contact", (_label, contact, message) => {
    expect(errorsOf({ contact }).contact).toContain(message);
  });

  it("refuses an unknown kind, a section that is not an anchor, and a repeated field", () => {
    expect(errorsOf({ kind: "spam" }).kind).toBe("请选择问题的类型");
    expect(errorsOf({ section: "<script>" }).section).toContain("小节请填写文章里的小节标识");
    expect(errorsOf({ contact: ["a@b.co", "c@d.co"] }).contact).toContain("不止一个值");
  });

  it("leaves the section out when it is blank", () => {
    const result = parseReportForm({ ...VALID, section: " " }, isPage, SITE);
    expect(result.ok && result.values.section).toBeUndefined();
  });

  it("returns what was typed with the refusal, to show again", () => {
    const result = parseReportForm({ ...VALID, contact: "nope" }, isPage, SITE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.typed).toMatchObject({ contact: "nope", description: VALID.description });
  });
});

describe("site pages", () => {
  it("reads a URL on the site's origin, and refuses other origins", () => {
    expect(sitePathOf(`${SITE}/articles/a/#x`, SITE)).toEqual({ path: "/articles/a", hash: "x" });
    expect(sitePathOf("//evil.example.com/articles/a", SITE)).toBeUndefined();
    expect(sitePathOf("http://[::1", SITE)).toBeUndefined();
  });

  it("knows fixed pages, articles and list pages in both scripts", () => {
    expect(isPage("/takedown")).toBe(true);
    expect(isPage("/zh-Hant")).toBe(true);
    expect(isPage("/zh-Hant/articles/overdue-consequences")).toBe(true);
    expect(isPage("/page/1")).toBe(false);
    expect(isPage("/articles/overdue-consequences/extra")).toBe(false);
    expect(isPage("/zh-Hantx/takedown")).toBe(false);
  });
});

describe("the report form filled in from its address", () => {
  it("takes page, section and a known kind, cut to the form's limits", () => {
    expect(reportDraftFromQuery({ page: "/articles/a", section: "process", kind: "factual-error" }, ["factual-error"])).toEqual({
      page: "/articles/a",
      section: "process",
      kind: "factual-error",
    });
    expect(reportDraftFromQuery({ kind: "spam", page: "x".repeat(500) }, ["factual-error"])).toEqual({
      page: "x".repeat(REPORT_LIMITS.pageChars),
    });
  });
});

describe("the feedback form", () => {
  const isArticle = (slug: string) => SLUGS.has(slug);

  it("accepts yes or no with an optional comment", () => {
    expect(parseFeedbackForm({ article: "overdue-consequences", helpful: "yes" }, isArticle)).toEqual({
      ok: true,
      notes: {},
      values: { article: "overdue-consequences", helpful: true, comment: undefined },
    });
    const withComment = parseFeedbackForm(
      { article: "overdue-consequences", helpful: "no", comment: " 例子再多一点， 谢谢！ " },
      isArticle,
    );
    expect(withComment.ok && withComment.values).toEqual({
      article: "overdue-consequences",
      helpful: false,
      comment: "例子再多一点， 谢谢！",
    });
  });

  it("refuses an unknown article, a missing answer and an overlong comment", () => {
    const result = parseFeedbackForm({ article: "nope", helpful: "maybe", comment: "长".repeat(501) }, isArticle);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      article: "找不到这篇文章，请回到文章页面再提交",
      helpful: "请选择“有帮助”或“没帮助”",
      comment: "补充说明最多 500 个字，请删减一些",
    });
  });
});
