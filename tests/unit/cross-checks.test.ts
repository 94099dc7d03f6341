import { describe, expect, it } from "vitest";
import { checkAcrossArticles } from "@/lib/content/cross-checks";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { parseArticle } from "@/lib/content/parse-article";
import { VALID } from "./helpers";

/** Parses named sources as files of one content folder and runs the checks across them. */
function check(files: Record<string, string>, images: string[] = []) {
  const parsed = Object.entries(files).map(([name, source]) => parseArticle(`articles/${name}`, new TextEncoder().encode(source)));
  return checkAcrossArticles(parsed, { publicFileExists: (urlPath) => images.includes(urlPath) }).map(formatDiagnostic);
}

const withLead = (lead: string, source = VALID) => source.replace("导语：先别慌。", lead);
const withFrontmatter = (lines: string, source = VALID) => source.replace("date: 2026-01-05", `date: 2026-01-05\n${lines}`);
const other = VALID.replace("title: 借呗逾期了怎么办", "title: 另一篇");

describe("links between articles", () => {
  it("accept links to existing articles and their sections", () => {
    const lead = "见[后果](/articles/b#consequences)、[另一篇](/articles/b)、[本文](#definition)和[联系](/articles/b#contact)。";
    expect(check({ "a.md": withLead(lead), "b.md": other })).toEqual([]);
  });

  it("report a link to a missing article at its position, suggesting the nearest slug", () => {
    expect(check({ "a.md": withLead("见[后果](/articles/overdue-consequnces)。"), "overdue-consequences.md": other })).toEqual([
      'articles/a.md:7:2: error: 链接 "/articles/overdue-consequnces" 指向的文章不存在：你是不是想链接 /articles/overdue-consequences？请检查文件名（不带 .md）',
    ]);
  });

  it("report a section anchor the target does not have", () => {
    expect(check({ "a.md": withLead("见[协商](/articles/b#negotiation)。"), "b.md": other })).toEqual([
      'articles/a.md:7:2: error: 链接 "/articles/b#negotiation" 的 #negotiation 在文章 b 里不存在：可用的章节锚点有 #definition、#consequences',
    ]);
    expect(check({ "a.md": withLead("见[下文](#process)。") })).toEqual([
      'articles/a.md:7:2: error: 链接 "#process" 的 #process 在文章 a 里不存在：可用的章节锚点有 #definition、#consequences',
    ]);
  });

  it("report a published article linking to a draft", () => {
    const draft = withFrontmatter("draft: true", other);
    expect(check({ "a.md": withLead("见[草稿](/articles/b)。"), "b.md": draft })).toEqual([
      'articles/a.md:7:2: error: 链接 "/articles/b" 指向草稿 articles/b.md：草稿不会发布，读者会打不开。请等它发布后再加链接',
    ]);
  });

  it("warn when a link to an article's top does not say the article's title", () => {
    const titled = VALID.replace("title: 借呗逾期了怎么办", "title: 借呗逾期的后果：征信、罚息");
    expect(
      check({
        "a.md": withLead("见[后果详解](/articles/b)、[借呗逾期的后果](/articles/b)和[借呗逾期的后果：征信、罚息](/articles/b)。"),
        "b.md": titled,
      }),
    ).toEqual([
      "articles/a.md:7:2: warning: 链接文字“后果详解”和文章 b 的标题不一致：读者会以为是另一篇文章。请写完整标题“借呗逾期的后果：征信、罚息”，或者冒号前的“借呗逾期的后果”",
    ]);
    expect(check({ "a.md": withLead("见[全文](/articles/b)和[罚息那一节](/articles/b#consequences)。"), "b.md": other })).toEqual([
      "articles/a.md:7:2: warning: 链接文字“全文”和文章 b 的标题不一致：读者会以为是另一篇文章。请写“另一篇”",
    ]);
  });

  it("warn about a link that goes through an alias", () => {
    const renamed = withFrontmatter("aliases: [old-b]", other);
    expect(check({ "a.md": withLead("见[旧文](/articles/old-b)。"), "b.md": renamed })).toEqual([
      'articles/a.md:7:2: warning: 链接 "/articles/old-b" 用的是旧网址，会跳转到 /articles/b：建议直接改成新网址',
    ]);
  });
});

describe("images", () => {
  it("must exist under public/", () => {
    const lead = "![示意图](/images/plan.png) ![缺失](/images/missing.png)";
    expect(check({ "a.md": withLead(lead) }, ["/images/plan.png"])).toEqual([
      'articles/a.md:7:26: error: 找不到图片 "/images/missing.png"：请确认文件 public/images/missing.png 存在，文件名大小写一致',
    ]);
  });

  it("must not come from other sites or relative paths", () => {
    expect(check({ "a.md": withLead("![外链](https://example.com/a.png) ![相对](images/a.png)") })).toEqual([
      'articles/a.md:7:1: error: 图片 "https://example.com/a.png" 来自外部网站：请把图片放进 public 目录（例如 public/images/），再用 /images/文件名 引用',
      'articles/a.md:7:34: error: 图片地址 "images/a.png" 要以 / 开头，指向 public 目录里的文件，例如 /images/repayment.png',
    ]);
  });
});

describe("aliases", () => {
  it("may not take another article's slug, naming both files", () => {
    expect(check({ "a.md": withFrontmatter("aliases: [b]"), "b.md": other })).toEqual([
      'articles/a.md:5:11: error: 别名 "b" 和文章 articles/b.md 的网址相同：请删掉这个别名，或者给那篇文章改名',
    ]);
  });

  it("may not be claimed by two articles, naming both files", () => {
    expect(check({ "a.md": withFrontmatter("aliases: [old]"), "b.md": withFrontmatter("aliases:\n  - old", other) })).toEqual([
      'articles/b.md:6:5: error: 别名 "old" 已经被 articles/a.md 使用：同一个旧网址只能跳转到一篇文章，请删掉其中一个',
    ]);
  });

  it("may not repeat within an article", () => {
    expect(check({ "a.md": withFrontmatter("aliases: [old, old]") })).toEqual([
      'articles/a.md:5:16: error: 别名 "old" 写了两次：请删掉重复的一个',
    ]);
  });

  it("must be valid slugs", () => {
    const parsed = parseArticle("articles/a.md", new TextEncoder().encode(withFrontmatter("aliases: [Old_Name]")));
    expect(parsed.diagnostics.map(formatDiagnostic)).toEqual([
      'articles/a.md:5:11: error: 别名 "Old_Name" 不是有效的网址：只能用小写英文字母、数字和单个连字符',
    ]);
  });
});

describe("titles", () => {
  it("used twice are a warning at both files", () => {
    expect(check({ "a.md": VALID, "b.md": VALID, "c.md": other })).toEqual([
      "articles/a.md:2:8: warning: 标题和 articles/b.md 相同：读者在列表里会分不清，建议改得不同",
      "articles/b.md:2:8: warning: 标题和 articles/a.md 相同：读者在列表里会分不清，建议改得不同",
    ]);
  });
});

describe("length advice", () => {
  const warningsOf = (source: string) => parseArticle("articles/a.md", new TextEncoder().encode(source)).diagnostics.map(formatDiagnostic);

  it("warns about a description over 120 characters, without failing", () => {
    const source = VALID.replace("description: 逾期后先做什么。", `description: ${"长".repeat(121)}`);
    expect(warningsOf(source)).toContain(
      'articles/a.md:3:14: warning: "description" 有 121 个字，超过建议的 120 个字：在列表和搜索结果里会被截断，建议精简到一两句话',
    );
    expect(parseArticle("articles/a.md", new TextEncoder().encode(source)).article).toBeDefined();
  });

  it("warns about an article under 600 characters", () => {
    expect(warningsOf(VALID)).toEqual([
      "articles/a.md:6:1: warning: 正文只有 73 个字，少于建议的 600 个字：内容可能太单薄，建议补充后再发布",
    ]);
    expect(warningsOf(withLead(`导语：${"字".repeat(560)}`))).toEqual([]);
  });
});

describe("links to a broken article", () => {
  it("are not blamed: the broken file reports its own errors", () => {
    const broken = other.replace("{#definition}", "{#definitoin}");
    expect(check({ "a.md": withLead("见[后果](/articles/b)。"), "b.md": broken })).toEqual([]);
  });
});

describe("checks across 10,000 articles", () => {
  // One valid article, parsed once and copied: 10,000 files that share a title and an alias, as
  // an editor's script that copied a template would make them.
  const template = parseArticle(
    "articles/a.md",
    new TextEncoder().encode(
      withFrontmatter("aliases: [old-name]", withLead("见[不存在的](/articles/no-such-page)和[另一个](/articles/missing-2)。")),
    ),
  );
  const copies = Array.from({ length: 10_000 }, (_, i) => {
    const file = `articles/copy-${String(i).padStart(5, "0")}.md`;
    return {
      ...template,
      file,
      article: template.article && { ...template.article, slug: `copy-${String(i).padStart(5, "0")}`, sourcePath: file },
    };
  });
  const diagnostics = checkAcrossArticles(copies, { publicFileExists: () => false });

  it("finish with one short message per file and problem, not one that lists every other file", () => {
    const byKind = (start: string) => diagnostics.filter((d) => d.message.startsWith(start));
    expect(byKind("标题和")).toHaveLength(10_000);
    expect(byKind('别名 "old-name" 已经被')).toHaveLength(9_999);
    expect(byKind('链接 "/articles/no-such-page"')).toHaveLength(10_000);
    expect(byKind('链接 "/articles/missing-2"')).toHaveLength(10_000);
    expect(diagnostics).toHaveLength(10_000 + 9_999 + 20_000);
    for (const diagnostic of diagnostics) expect(diagnostic.message.length).toBeLessThan(200);
  });

  it("name how many others share the title, and a few of them", () => {
    expect(formatDiagnostic(diagnostics.find((d) => d.file === "articles/copy-00007.md" && d.message.startsWith("标题和"))!)).toBe(
      "articles/copy-00007.md:2:8: warning: 标题和另外 9,999 篇文章相同，例如 articles/copy-00000.md、articles/copy-00001.md：读者在列表里会分不清，建议改得不同",
    );
    expect(diagnostics.find((d) => d.file === "articles/copy-00007.md" && d.message.startsWith("别名"))?.message).toBe(
      '别名 "old-name" 已经被 articles/copy-00000.md 使用：同一个旧网址只能跳转到一篇文章，请删掉其中一个',
    );
  });
});
