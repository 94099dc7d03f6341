import { describe, expect, it } from "vitest";
import type { Section } from "@/lib/content/schema";
import { parse, report, variant, VALID } from "./helpers";

const FILE = "content/articles/sample.md";

function sections(source: string): Section[] {
  const { article, diagnostics } = parse(source);
  expect(diagnostics).toEqual([]);
  return article?.sections ?? [];
}

function section<K extends Section["kind"]>(source: string, kind: K): Extract<Section, { kind: K }> {
  const found = sections(source).find((s): s is Extract<Section, { kind: K }> => s.kind === kind);
  if (!found) throw new Error(`no ${kind} section`);
  return found;
}

describe("lead", () => {
  it("renders the text before the first ## as the lead", () => {
    expect(parse(VALID).article?.leadHtml).toBe("<p>导语：先别慌。</p>");
  });

  it("requires at least one paragraph before the first ##", () => {
    expect(report(variant("导语：先别慌。\n", ""))).toEqual([
      `${FILE}:6:1: error: 文章开头（第一个 ## 标题之前）需要至少一段导语：用一两段话说明这篇文章讲什么`,
    ]);
  });
});

describe("headings", () => {
  it("rejects an H1 in the body at its line", () => {
    expect(report(variant("导语：先别慌。", "导语：先别慌。\n\n# 又一个标题"))).toEqual([
      `${FILE}:9:1: error: 正文里不能用一级标题（# 标题）：文章标题来自 frontmatter 的 title。请把它改成 ## 章节标题，或者删掉`,
    ]);
  });

  it("hides the marker from readers and uses the kind as the anchor id", () => {
    const [definition] = sections(VALID);
    expect(definition).toMatchObject({ kind: "definition", id: "definition", title: "逾期是什么" });
  });

  it("accepts a marker written in capitals", () => {
    expect(sections(variant("{#definition}", "{#Definition}"))[0]?.kind).toBe("definition");
  });

  it("suggests the nearest kind for an unknown marker, at the marker's column", () => {
    expect(report(variant("## 后果 {#consequences}", "## 协商 {#negotation}"))).toEqual([
      `${FILE}:13:7: error: 未知的章节类型 "negotation"：你是不是想写 "negotiation"？（did you mean "negotiation"?）可用类型：definition、consequences、process、negotiation、prevention；普通章节不需要标记`,
    ]);
  });

  it("reports an empty marker", () => {
    expect(report(variant("## 后果 {#consequences}", "## 后果 {#}"))[0]).toBe(
      `${FILE}:13:7: error: 章节标记 {#} 里缺少类型：请写成 {#类型}，可用类型：definition、consequences、process、negotiation、prevention`,
    );
  });

  it("allows each kind once per article and names the first one", () => {
    expect(report(`${VALID}\n## 再说定义 {#definition}\n\n重复。\n`)).toEqual([
      `${FILE}:18:9: error: 章节类型 "definition" 在第 9 行已经用过：每种类型在一篇文章里最多出现一次，请合并这两个章节或去掉其中一个标记`,
    ]);
  });

  it("requires at least one typed section", () => {
    const untyped = VALID.replace(" {#definition}", "").replace(" {#consequences}", "");
    expect(report(untyped)).toEqual([
      `${FILE}:9:1: error: 文章至少需要一个带类型标记的章节，例如 ## 逾期是什么 {#definition}；可用类型：definition、consequences、process、negotiation、prevention`,
    ]);
  });

  it("reports a heading that is only a marker", () => {
    expect(report(variant("## 逾期是什么 {#definition}", "## {#definition}"))).toContain(
      `${FILE}:9:1: error: 章节标题不能为空：请在 ## 后面写上标题`,
    );
  });
});

describe("general sections", () => {
  it("get a stable anchor from their heading, never a kind's or the page's id", () => {
    const source = `${VALID}\n## 常见问题\n\n问答。\n\n## 常见问题\n\n再问。\n\n## Process\n\n文字。\n\n## contents\n\n目录。\n`;
    expect(
      sections(source)
        .filter((s) => s.kind === "general")
        .map((s) => s.id),
    ).toEqual(["常见问题", "常见问题-1", "process-1", "contents-1"]);
  });

  it("must have content", () => {
    expect(report(`${VALID}\n## 小结\n`)).toEqual([`${FILE}:18:1: error: 章节“小结”下面没有内容：请写上正文，或者删掉这个标题`]);
  });
});

describe("definition", () => {
  it("keeps prose with H3 sub-terms", () => {
    const source = variant("到期日没有还清就是逾期。", "到期日没有还清就是逾期。\n\n### 到期日\n\n合同写的那天。");
    expect(section(source, "definition").html).toBe("<p>到期日没有还清就是逾期。</p>\n<h3>到期日</h3>\n<p>合同写的那天。</p>");
  });

  it("must have content", () => {
    expect(report(variant("到期日没有还清就是逾期。\n", ""))).toEqual([
      `${FILE}:9:1: error: 章节“逾期是什么”下面没有内容：请写上正文，或者删掉这个标题`,
    ]);
  });
});

describe("consequences", () => {
  it("reads items from a list, the leading bold text being the title", () => {
    const source = variant("## 后果 {#consequences}\n", "## 后果 {#consequences}\n\n先看概要。\n").concat("\n以合同为准。\n");
    expect(section(source, "consequences")).toEqual({
      kind: "consequences",
      id: "consequences",
      title: "后果",
      intro: "<p>先看概要。</p>",
      introText: "先看概要。",
      outro: "<p>以合同为准。</p>",
      outroText: "以合同为准。",
      items: [
        { title: "征信受损", html: "<p>会留下记录。</p>", text: "会留下记录。" },
        { title: "罚息", html: "<p>按天计算。</p>", text: "按天计算。" },
      ],
    });
  });

  it("accepts ASCII colons, dashes and nested content in an item", () => {
    const source = variant("- **罚息**：按天计算。", "- **罚息** - 按天计算。\n\n  另起一段。");
    expect(section(source, "consequences").items[1]).toEqual({
      title: "罚息",
      html: "<p>按天计算。</p>\n<p>另起一段。</p>",
      text: "按天计算。 另起一段。",
    });
  });

  it("requires every item to start with bold text", () => {
    expect(report(variant("- **罚息**：按天计算。", "- 罚息按天计算。"))).toEqual([
      `${FILE}:16:1: error: 列表的每一项都要以加粗的小标题开头，例如：- **征信受损**：说明……`,
    ]);
  });

  it("reports a section without items at its heading", () => {
    expect(report(variant("- **征信受损**：会留下记录。\n- **罚息**：按天计算。\n", "只有一段话。\n"))).toEqual([
      `${FILE}:13:1: error: "consequences" 章节“后果”没有条目：请用列表写出每一项后果，每项以加粗小标题开头，例如：- **征信受损**：说明……`,
    ]);
  });
});

describe("process", () => {
  it("reads ordered steps from an ordered list", () => {
    const source = `${VALID}\n## 怎么做 {#process}\n\n1. **先还钱**：越早越好。\n2. **看合同**：在 App 里看。\n`;
    expect(section(source, "process").steps).toEqual([
      { title: "先还钱", html: "<p>越早越好。</p>", text: "越早越好。" },
      { title: "看合同", html: "<p>在 App 里看。</p>", text: "在 App 里看。" },
    ]);
  });

  it("reads steps from H3 subsections, with the text before them as intro", () => {
    const source = `${VALID}\n## 怎么做 {#process}\n\n按顺序来。\n\n### 第一步：还钱\n\n越早越好。\n\n- 能还多少还多少\n\n### 第二步：看合同\n\n在 App 里看。\n`;
    expect(section(source, "process")).toMatchObject({
      intro: "<p>按顺序来。</p>",
      steps: [
        { title: "第一步：还钱", html: "<p>越早越好。</p>\n<ul>\n<li>能还多少还多少</li>\n</ul>" },
        { title: "第二步：看合同", html: "<p>在 App 里看。</p>" },
      ],
    });
  });

  it("asks for an ordered list when steps are bullets", () => {
    expect(report(`${VALID}\n## 怎么做 {#process}\n\n- **先还钱**：越早越好。\n`)).toEqual([
      `${FILE}:20:1: error: 步骤需要用有序列表（1. 2. 3.）来写，或者每一步用一个 ### 小标题：请把 - 换成 1. 2. 3.`,
    ]);
  });

  it("reports a section without steps at its heading", () => {
    expect(report(`${VALID}\n## 怎么做 {#process}\n\n还没写。\n`)).toEqual([
      `${FILE}:18:1: error: "process" 章节“怎么做”没有条目：请用有序列表写出每一步，例如：1. **先还能还的部分**：说明……；或者每一步用一个 ### 小标题`,
    ]);
  });
});

describe("negotiation and prevention", () => {
  it("read tips from H3 subsections", () => {
    const source = `${VALID}\n## 协商 {#negotiation}\n\n### 备好材料\n\n身份证件。\n\n### 说实话\n\n如实说明。\n`;
    expect(section(source, "negotiation").tips.map((tip) => tip.title)).toEqual(["备好材料", "说实话"]);
  });

  it("read tips from list items", () => {
    const source = `${VALID}\n## 预防 {#prevention}\n\n- **设提醒**：提前三天。\n- **留余额**：还款日前存好。\n`;
    expect(section(source, "prevention").tips).toEqual([
      { title: "设提醒", html: "<p>提前三天。</p>", text: "提前三天。" },
      { title: "留余额", html: "<p>还款日前存好。</p>", text: "还款日前存好。" },
    ]);
  });

  it("report a section without tips at its heading", () => {
    expect(report(`${VALID}\n## 预防 {#prevention}\n\n以后再写。\n`)).toEqual([
      `${FILE}:18:1: error: "prevention" 章节“预防”没有条目：请给每条建议一个 ### 小标题，或者用列表，每项以加粗小标题开头，例如：- **设置提醒**：说明……`,
    ]);
  });
});

describe("links", () => {
  it("resolves reference links whose definition is in another section", () => {
    const source = variant("导语：先别慌。", "导语：先看[官方说明][app]。").concat("\n[app]: https://example.com/help\n");
    expect(parse(source).article?.leadHtml).toBe(
      '<p>导语：先看<a href="https://example.com/help" rel="noopener noreferrer">官方说明</a>。</p>',
    );
  });

  it("keeps internal links without rel", () => {
    const source = variant("导语：先别慌。", "导语：见[后果](/articles/overdue-consequences#consequences)。");
    expect(parse(source).article?.leadHtml).toBe('<p>导语：见<a href="/articles/overdue-consequences#consequences">后果</a>。</p>');
  });

  it("rejects footnotes", () => {
    expect(report(variant("导语：先别慌。", "导语：先别慌。[^1]\n\n[^1]: 注释"))).toEqual([
      `${FILE}:7:8: error: 不支持脚注（[^1]）：请把补充说明直接写进正文，或放在括号里`,
      `${FILE}:9:1: error: 不支持脚注（[^1]）：请把补充说明直接写进正文，或放在括号里`,
    ]);
  });
});
