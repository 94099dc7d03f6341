import { readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import type { Article } from "@/lib/content/schema";
import { articleToTraditional } from "@/lib/script/article";
import { piecesToTraditional, toSimplified, toTraditional } from "@/lib/script/convert";
import { htmlToTraditional } from "@/lib/script/html";

const CONTENT = path.join(__dirname, "..", "..", "content");

const TERMS: Record<string, string> = {
  借呗: "借唄",
  逾期: "逾期",
  罚息: "罰息",
  征信: "徵信",
  协商: "協商",
  分期: "分期",
  还款: "還款",
  客服: "客服",
  支付宝: "支付寶",
  蚂蚁集团: "螞蟻集團",
};

/** Fields that must come out byte-identical: identifiers, paths, dates, not text readers see. */
const UNCHANGED_PATHS = [/^slug$/, /^sourcePath$/, /^date$/, /^updated$/, /^aliases\.\d+$/, /^sections\.\d+\.(kind|id)$/];

const parser = unified().use(rehypeParse, { fragment: true });

/** The markup of HTML with its readable text left out: tags and every attribute but alt, title and aria-label. */
function markupOf(html: string): unknown[] {
  const markup: unknown[] = [];
  visit(parser.parse(html) as Root, (node) => {
    if (node.type === "element") {
      const { alt: _alt, title: _title, ariaLabel: _ariaLabel, ...others } = node.properties;
      markup.push([node.tagName, others]);
    } else {
      markup.push(node.type);
    }
  });
  return markup;
}

/** The URL and id attributes of HTML, as written. */
function linksAndIds(html: string): string[] {
  const found: string[] = [];
  visit(parser.parse(html) as Root, "element", (node) => {
    for (const name of ["href", "src", "id"]) {
      const value = node.properties[name];
      if (value !== undefined) found.push(`${name}=${String(value)}`);
    }
  });
  return found;
}

/** Every string inside a value, with its dotted path. */
function stringLeaves(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, at ? `${at}.${index}` : String(index)));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, at ? `${at}.${key}` : key));
  }
  return [];
}

function htmlFields(article: Article): string[] {
  return [
    article.leadHtml,
    ...article.sections.flatMap((section) => {
      switch (section.kind) {
        case "general":
        case "definition":
          return [section.html];
        case "consequences":
          return [section.intro, section.outro, ...section.items.map((item) => item.html)];
        case "process":
          return [section.intro, section.outro, ...section.steps.map((item) => item.html)];
        case "negotiation":
        case "prevention":
          return [section.intro, section.outro, ...section.tips.map((item) => item.html)];
      }
    }),
  ];
}

describe("toTraditional and toSimplified", () => {
  it("convert the site's key terms both ways", () => {
    for (const [simplified, traditional] of Object.entries(TERMS)) {
      expect(toTraditional(simplified), simplified).toBe(traditional);
      expect(toSimplified(traditional), traditional).toBe(simplified);
    }
  });

  it("use Taiwan-standard characters without swapping vocabulary", () => {
    expect(toTraditional("里面")).toBe("裡面");
    expect(toTraditional("短信和信息")).toBe("短信和信息");
    expect(toTraditional("软件")).toBe("軟件");
  });

  it("leave ASCII, digits and punctuation alone", () => {
    const text = "App 95188, 1.5 × 30 天 “引号”（括号）";
    expect(toTraditional(text)).toBe("App 95188, 1.5 × 30 天 “引號”（括號）");
  });
});

describe("piecesToTraditional", () => {
  it("converts a word cut between two pieces as the word", () => {
    expect(piecesToTraditional(["头", "发"])).toEqual(["頭", "髮"]);
    expect(piecesToTraditional(["吃", "面", "条"])).toEqual(["吃", "麵", "條"]);
    expect(piecesToTraditional(["今天有台", "风"])).toEqual(["今天有颱", "風"]);
  });

  it("cuts at the same places in code points, also where a character outside the BMP becomes one inside it", () => {
    expect(piecesToTraditional(["周", "𫖮", "的罚息"])).toEqual(["周", "顗", "的罰息"]);
    expect(piecesToTraditional(["", "征信", ""])).toEqual(["", "徵信", ""]);
  });
});

describe("htmlToTraditional", () => {
  it("converts text and readable attributes, never tags, URLs, ids or classes", () => {
    const html =
      '<h3 id="常见误区">常见误区</h3>\n<p class="说明">罚息 <a href="/articles/jiebei-overdue-guide#常见误区" title="征信说明" aria-label="查看征信">常见误区</a><img src="/images/还款.png" alt="还款计划"></p>';
    expect(htmlToTraditional(html)).toBe(
      '<h3 id="常见误区">常見誤區</h3>\n<p class="说明">罰息 <a href="/articles/jiebei-overdue-guide#常见误区" title="徵信說明" aria-label="查看徵信">常見誤區</a><img src="/images/还款.png" alt="還款計劃"></p>',
    );
  });

  it("returns empty HTML as it is", () => {
    expect(htmlToTraditional("")).toBe("");
  });
});

describe("the published articles", async () => {
  const { articles } = await loadContent(CONTENT);

  it("are all here", () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
  });

  it("come back unchanged from simplified → traditional → simplified, every line of every source", () => {
    for (const article of articles) {
      const source = readFileSync(path.join(CONTENT, "articles", `${article.slug}.md`), "utf8");
      for (const line of source.split("\n")) expect(toSimplified(toTraditional(line)), article.slug).toBe(line);
    }
  });

  it("keep the number of code points of every line in Traditional (piecesToTraditional relies on it)", () => {
    for (const article of articles) {
      const source = readFileSync(path.join(CONTENT, "articles", `${article.slug}.md`), "utf8");
      for (const line of source.split("\n")) expect([...toTraditional(line)].length, line).toBe([...line].length);
    }
  });

  it("keep their markup, links and ids byte-identical in Traditional HTML", () => {
    for (const article of articles) {
      for (const html of htmlFields(article)) {
        const converted = htmlToTraditional(html);
        expect(linksAndIds(converted), article.slug).toEqual(linksAndIds(html));
        expect(markupOf(converted), article.slug).toEqual(markupOf(html));
      }
    }
  });

  it("convert every reader-facing string and keep slugs, dates, aliases, kinds and anchors", () => {
    for (const article of articles) {
      const converted = articleToTraditional(article);
      const original = new Map(stringLeaves(article));
      const leaves = stringLeaves(converted);
      expect(leaves.map(([at]) => at)).toEqual([...original.keys()]);
      for (const [at, value] of leaves) {
        const before = original.get(at) ?? "";
        if (UNCHANGED_PATHS.some((pattern) => pattern.test(at))) {
          expect(value, `${article.slug} ${at}`).toBe(before);
        } else {
          // Converted either as text or as HTML; an unconverted field only passes if there was nothing to convert.
          expect([toTraditional(before), htmlToTraditional(before)], `${article.slug} ${at}`).toContain(value);
        }
      }
      expect(converted.title).not.toBe(article.title);
      expect(converted.sections.map((section) => [section.kind, section.id])).toEqual(
        article.sections.map((section) => [section.kind, section.id]),
      );
    }
  });

  it("keep Chinese anchors of links inside an article unchanged", () => {
    const [first] = articles;
    if (!first) throw new Error("no articles");
    const withAnchor: Article = {
      ...first,
      leadHtml: `${first.leadHtml}<p>另见<a href="/articles/jiebei-overdue-guide#常见误区">常见误区</a>。</p>`,
    };
    const converted = articleToTraditional(withAnchor);
    expect(converted.leadHtml).toContain('<a href="/articles/jiebei-overdue-guide#常见误区">常見誤區</a>');
  });
});
