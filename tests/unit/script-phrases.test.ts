import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Root } from "hast";
import { Converter as plainOpenCC } from "opencc-js/cn2t";
import { Converter as plainOpenCCBack } from "opencc-js/t2cn";
import rehypeParse from "rehype-parse";
import ts from "typescript";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { loadValidContent } from "@/lib/content/load-content";
import type { Article } from "@/lib/content/schema";
import { articleToTraditional } from "@/lib/script/article";
import { piecesToTraditional, toSimplified, toTraditional } from "@/lib/script/convert";
import { KNOWN_WRONG_FORMS, PHRASES, TRADITIONAL_PHRASES } from "@/lib/script/phrases";

const ROOT = path.join(__dirname, "..", "..");
const CONTENT = path.join(ROOT, "content");

/** OpenCC's `cn` → `tw` and `tw` → `cn` without the site's phrases, to show each entry is still needed. */
const withoutPhrases = plainOpenCC({ from: "cn", to: "tw" });
const backWithoutPhrases = plainOpenCCBack({ from: "tw", to: "cn" });

/**
 * For every entry of PHRASES (by its Simplified side), sentences using it, as on the site or
 * as an article could write it, and their Traditional form.
 */
const SENTENCES: Record<string, readonly (readonly [simplified: string, traditional: string])[]> = {
  发卡: [
    ["有还款意愿时，发卡银行可以和你协商。", "有還款意願時，發卡銀行可以和你協商。"],
    ["银行卡被盗刷的，尽快联系发卡机构挂失。", "銀行卡被盜刷的，儘快聯繫發卡機構掛失。"],
  ],
  被发: [
    ["有错误的文章不会被发布。", "有錯誤的文章不會被發布。"],
    ["验证码被发送到别人的手机上。", "驗證碼被發送到別人的手機上。"],
  ],
  别只: [["App 也可能发提醒，但别只靠它。", "App 也可能發提醒，但別只靠它。"]],
  单只: [
    ["真正的名单只由法院决定。", "真正的名單只由法院決定。"],
    ["账单只显示本期应还。", "賬單只顯示本期應還。"],
  ],
  是只: [["逾期的后果不是只有罚息。", "逾期的後果不是只有罰息。"]],
  多只: [["一笔欠款最多只能分 12 期。", "一筆欠款最多只能分 12 期。"]],
  这只能: [["这只能说明你还在逾期。", "這只能說明你還在逾期。"]],
  这只会: [["这只会让逾期越拖越久。", "這只會讓逾期越拖越久。"]],
  冲抵: [
    ["还其中一笔，不会自动冲抵另一笔。", "還其中一筆，不會自動沖抵另一筆。"],
    ["还进去的钱先冲抵哪一部分", "還進去的錢先沖抵哪一部分"],
  ],
  冲账: [["扣错的钱，银行冲账以后会退回。", "扣錯的錢，銀行沖賬以後會退回。"]],
  团伙: [["个人信息可能被卖给其他诈骗团伙。", "個人信息可能被賣給其他詐騙團夥。"]],
  犯罪团伙: [["这是犯罪团伙的惯用手法。", "這是犯罪團夥的慣用手法。"]],
  签: [
    ["合同原则上只约束签合同的当事人。", "合同原則上只約束簽合同的當事人。"],
    ["但和你签合同、把钱借给你的", "但和你簽合同、把錢借給你的"],
    ["不要替别人签协议。", "不要替別人簽協議。"],
  ],
  来回复: [["只用来回复这次举报。", "只用來回覆這次舉報。"]],
  更复杂: [["夫妻之间的情况更复杂一些。", "夫妻之間的情況更複雜一些。"]],
  写明了: [["合同里写明了出借方。", "合同裡寫明了出借方。"]],
  讲明了: [["客服讲明了处理时间。", "客服講明了處理時間。"]],
  标明了: [["页面上标明了日利率。", "頁面上標明了日利率。"]],
  查明了: [["法院查明了事实。", "法院查明了事實。"]],
  声明了: [["对方声明了不再催收。", "對方聲明了不再催收。"]],
  划走: [
    ["法院把你的存款划走用来还债。", "法院把你的存款劃走用來還債。"],
    ["看到这类广告，直接划走。", "看到這類廣告，直接劃走。"],
  ],
  合同里: [["合同里名字写错了。", "合同裡名字寫錯了。"]],
  和合同: [["借款页面和合同里会写明是哪家机构。", "借款頁面和合同裡會寫明是哪家機構。"]],
  卡里: [["从绑定的银行卡里扣款。", "從綁定的銀行卡裡扣款。"]],
  里扣: [["从支付宝资金里扣这一期应还的钱。", "從支付寶資金裡扣這一期應還的錢。"]],
  指南里: [["逾期的全部规则都汇总在完全指南里。", "逾期的全部規則都彙總在完全指南裡。"]],
  里约定: [["合同里约定的自动还款", "合同裡約定的自動還款"]],
};

/** For every entry of TRADITIONAL_PHRASES (by its Traditional side), sentences as on the site: Simplified, then Traditional. */
const TRADITIONAL_SENTENCES: Record<string, readonly (readonly [simplified: string, traditional: string])[]> = {
  著名字: [
    ["这类服务还常叫“代理协商”，换着名字出现。", "這類服務還常叫“代理協商”，換著名字出現。"],
    ["短信里写着名字和身份证号。", "短信裡寫著名字和身份證號。"],
  ],
};

/** OpenCC's own phrases that must still win: longer ones, and other senses of the same characters. */
const STILL_OPENCC: readonly (readonly [simplified: string, traditional: string])[] = [
  ["标签、抽签、书签、牙签", "標籤、抽籤、書籤、牙籤"],
  ["剪了头发卡在耳后", "剪了頭髮卡在耳後"],
  ["被发左衽", "被髮左衽"],
  ["被发现", "被發現"],
  ["里约热内卢", "里約熱內盧"],
  ["越早还越划算", "越早還越划算"],
  ["一只猫、这只手", "一隻貓、這隻手"],
  ["这只是估算", "這只是估算"],
  ["一伙人", "一夥人"],
  ["简单明了", "簡單明瞭"],
  ["回复、答复", "回覆、答覆"],
];

const parser = unified().use(rehypeParse, { fragment: true });

/** The text of HTML a reader sees or hears: text nodes and alt, title and aria-label values (not ids or URLs). */
function readableHtmlText(html: string): string[] {
  const texts: string[] = [];
  visit(parser.parse(html) as Root, (node) => {
    if (node.type === "text") texts.push(node.value);
    else if (node.type === "element") {
      for (const name of ["alt", "title", "ariaLabel"]) {
        const value = node.properties[name];
        if (typeof value === "string") texts.push(value);
      }
    }
  });
  return texts;
}

/** Every text of a (converted) article a reader sees, without slugs, anchors or URLs. */
function readableArticleText(article: Article): string[] {
  const texts = [article.title, article.description, ...article.tags, ...article.sources.map((source) => source.title)];
  const html = [article.leadHtml];
  for (const section of article.sections) {
    texts.push(section.title);
    switch (section.kind) {
      case "general":
      case "definition":
        html.push(section.html);
        break;
      case "consequences":
      case "process":
      case "negotiation":
      case "prevention": {
        const items = section.kind === "consequences" ? section.items : section.kind === "process" ? section.steps : section.tips;
        html.push(section.intro, section.outro);
        for (const item of items) {
          texts.push(item.title, item.text);
          html.push(item.html);
        }
        break;
      }
    }
  }
  return [...texts, ...html.flatMap(readableHtmlText)];
}

/** TypeScript files under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/**
 * Chinese text in the code of app/, components/ and lib/ (string literals, template parts, JSX
 * text; not comments): every string `localize` and `inScript` convert is among them, along with
 * some only editors see. lib/script/ is left out: it holds the wrong forms themselves.
 */
function chineseStringsInCode(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  for (const file of files.filter((name) => !name.startsWith(path.join(ROOT, "lib", "script") + path.sep))) {
    const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, kind);
    const visitNode = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
        if (/\p{Script=Han}/u.test(node.text)) found.push({ file: path.relative(ROOT, file), text: node.text });
      }
      node.forEachChild(visitNode);
    };
    visitNode(source);
  }
  return found;
}

/** Reader-facing lines of the content folder's data files (content/*.yaml), without comments and site paths. */
function chineseLinesInDataFiles(): { file: string; text: string }[] {
  const files = readdirSync(CONTENT).filter((name) => /\.ya?ml$/.test(name));
  return files.flatMap((name) =>
    readFileSync(path.join(CONTENT, name), "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("#") && /\p{Script=Han}/u.test(line))
      .map((line) => ({ file: `content/${name}`, text: line.replace(/\/\S*/g, " ") })),
  );
}

/** Each known wrong form in the texts, with where it was found and the words around it. */
function wrongFormsIn(texts: readonly { where: string; text: string }[]): string[] {
  return texts.flatMap(({ where, text }) =>
    KNOWN_WRONG_FORMS.flatMap((wrong) => {
      const at = text.indexOf(wrong);
      return at < 0 ? [] : [`${where}: ${wrong} in “…${text.slice(Math.max(0, at - 12), at + wrong.length + 12)}…”`];
    }),
  );
}

describe("the phrase dictionary", () => {
  it("keeps the number of code points of every phrase (piecesToTraditional relies on it)", () => {
    for (const [simplified, traditional] of PHRASES) expect([...traditional].length, simplified).toBe([...simplified].length);
  });

  it("has one entry per phrase, each a plain word an OpenCC dictionary string can hold", () => {
    const simplifiedSides = PHRASES.map(([simplified]) => simplified);
    expect(new Set(simplifiedSides).size).toBe(simplifiedSides.length);
    for (const [simplified, traditional] of PHRASES) {
      for (const side of [simplified, traditional]) expect(side, simplified).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it("converts each phrase to its Traditional side and back", () => {
    for (const [simplified, traditional] of PHRASES) {
      expect(toTraditional(simplified), simplified).toBe(traditional);
      expect(toSimplified(traditional), traditional).toBe(simplified);
    }
  });

  it("has sentences for every entry and none for phrases it does not have", () => {
    expect(Object.keys(SENTENCES).sort()).toEqual(PHRASES.map(([simplified]) => simplified).sort());
  });

  it("never produces a known wrong form itself", () => {
    for (const [simplified, traditional] of PHRASES) {
      for (const wrong of KNOWN_WRONG_FORMS) expect(traditional, `${simplified} → ${traditional} contains ${wrong}`).not.toContain(wrong);
    }
    expect(new Set(KNOWN_WRONG_FORMS).size).toBe(KNOWN_WRONG_FORMS.length);
  });
});

describe("the phrases read back from Traditional", () => {
  it("keep the number of code points, convert to their Simplified side, and come from the Simplified side", () => {
    for (const [traditional, simplified] of TRADITIONAL_PHRASES) {
      expect([...simplified].length, traditional).toBe([...traditional].length);
      expect(toSimplified(traditional), traditional).toBe(simplified);
      expect(toTraditional(simplified), simplified).toBe(traditional);
    }
    expect(Object.keys(TRADITIONAL_SENTENCES).sort()).toEqual(TRADITIONAL_PHRASES.map(([traditional]) => traditional).sort());
  });

  it.each(
    TRADITIONAL_PHRASES.flatMap(([traditional]) =>
      (TRADITIONAL_SENTENCES[traditional] ?? []).map(([sentence, expected]) => ({ traditional, sentence, expected })),
    ),
  )("$traditional: “$sentence” comes back from Traditional", ({ traditional, sentence, expected }) => {
    expect(expected).toContain(traditional);
    expect(toTraditional(sentence)).toBe(expected);
    expect(toSimplified(expected)).toBe(sentence);
  });

  it("are each still needed: OpenCC alone reads one of its sentences back wrongly", () => {
    for (const [traditional] of TRADITIONAL_PHRASES) {
      const sentences = TRADITIONAL_SENTENCES[traditional] ?? [];
      expect(
        sentences.some(([sentence, expected]) => backWithoutPhrases(expected) !== sentence),
        traditional,
      ).toBe(true);
    }
  });
});

describe.each(PHRASES.map(([simplified, traditional]) => ({ simplified, traditional })))(
  "the entry $simplified → $traditional",
  ({ simplified, traditional }) => {
    const sentences = SENTENCES[simplified] ?? [];

    it.each(sentences.map(([sentence, expected]) => ({ sentence, expected })))(
      "converts “$sentence” and back",
      ({ sentence, expected }) => {
        expect(sentence).toContain(simplified);
        expect(expected).toContain(traditional);
        expect(toTraditional(sentence)).toBe(expected);
        expect(toSimplified(expected)).toBe(sentence);
      },
    );

    it("is still needed: OpenCC alone gets one of its sentences wrong", () => {
      expect(sentences.some(([sentence, expected]) => withoutPhrases(sentence) !== expected)).toBe(true);
    });
  },
);

describe("the site's phrases next to OpenCC's own", () => {
  it.each(STILL_OPENCC.map(([simplified, traditional]) => ({ simplified, traditional })))(
    "$simplified is still $traditional",
    ({ simplified, traditional }) => {
      expect(toTraditional(simplified)).toBe(traditional);
      expect(toSimplified(traditional)).toBe(simplified);
    },
  );

  it("converts a phrase cut between two pieces as the phrase", () => {
    expect(piecesToTraditional(["联系发", "卡银行"])).toEqual(["聯繫發", "卡銀行"]);
    expect(piecesToTraditional(["但别", "只靠它"])).toEqual(["但別", "只靠它"]);
    expect(piecesToTraditional(["合同", "里约定"])).toEqual(["合同", "裡約定"]);
  });
});

describe("known wrong forms", async () => {
  const { articles } = await loadValidContent(CONTENT);

  it("are in no article in Traditional", () => {
    expect(articles.length).toBeGreaterThan(0);
    const texts = articles.flatMap((article) =>
      readableArticleText(articleToTraditional(article)).map((text) => ({ where: article.slug, text })),
    );
    expect(wrongFormsIn(texts)).toEqual([]);
  });

  it("are in no reader-facing string of the code or the data files in Traditional", () => {
    const strings = [...chineseStringsInCode(), ...chineseLinesInDataFiles()];
    expect(strings.length).toBeGreaterThan(100);
    expect(wrongFormsIn(strings.map(({ file, text }) => ({ where: file, text: toTraditional(text) })))).toEqual([]);
  });

  it("are each what OpenCC alone makes of one of the dictionary's test sentences", () => {
    const withoutSite = Object.values(SENTENCES).flatMap((sentences) => sentences.map(([sentence]) => withoutPhrases(sentence)));
    for (const wrong of KNOWN_WRONG_FORMS)
      expect(
        withoutSite.some((text) => text.includes(wrong)),
        wrong,
      ).toBe(true);
  });
});
