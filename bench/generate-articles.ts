import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes N realistic articles into `<dir>/articles` for benchmarks and scale tests (never
 * into `content/`). Each has all five typed sections, a general section, links to other
 * generated articles and about 2,000 characters, so parsing costs what real articles cost.
 */
const SENTENCES = [
  "到期日当天没有把这一期应还的钱全部还上，系统就会把这一期记为逾期。",
  "罚息一般按天计算，逾期时间越长，需要多付的钱就越多，具体比例以借款合同为准。",
  "出借机构会按规定向征信系统报送还款记录，逾期信息可能在之后的信用报告里出现。",
  "先把手头能还的部分还上，可以减少之后按天累积的罚息。",
  "所有操作都只在支付宝 App 里完成，不要把钱转到任何个人账户。",
  "和官方客服沟通时，把日期、时间、对方工号和谈好的内容记下来。",
  "收入突然减少时，先列出每月必须支出的项目，再算出真正还得起的金额。",
  "任何自称可以“洗白征信”的人都在说谎，正确的逾期记录无法被删除。",
  "在手机日历里给每个还款日设一个提前三天的提醒，比只靠记忆可靠得多。",
  "如果催收人员在深夜反复打电话或者威胁你，可以保留录音并向监管部门投诉。",
  "借款前先看清年化利率，把它和其他借款渠道比较之后再决定。",
  "协商能不能成功由出借机构决定，提前准备好证明材料会让沟通更顺利。",
];
const TOPICS = ["逾期", "罚息", "征信", "协商", "催收", "还款", "提醒", "预算", "客服", "诈骗"];

function pick<T>(items: readonly T[], seed: number): T {
  return items[seed % items.length] as T;
}

function paragraph(seed: number, sentences = 3): string {
  return Array.from({ length: sentences }, (_, i) => pick(SENTENCES, seed * 7 + i * 5)).join("");
}

function slugOf(index: number): string {
  return `generated-article-${index + 1}`;
}

/** The Markdown source of the `index`-th generated article of `count`. */
export function generatedArticle(index: number, count: number): string {
  const topic = pick(TOPICS, index);
  const day = String((index % 28) + 1).padStart(2, "0");
  const month = String((index % 12) + 1).padStart(2, "0");
  const other = slugOf((index + 1) % count);
  const items = (prefix: string, ordered: boolean) =>
    [0, 1, 2, 3]
      .map((i) => `${ordered ? `${i + 1}.` : "-"} **${prefix}${i + 1}：${pick(TOPICS, index + i)}**：${paragraph(index + i, 2)}`)
      .join("\n");
  return `---
title: 第 ${index + 1} 篇：关于${topic}你需要知道的事
description: ${paragraph(index, 1)}
date: 2025-${month}-${day}
tags: [${topic}, 生成]
---

${paragraph(index)}

${paragraph(index + 1)}

## ${topic}是什么 {#definition}

${paragraph(index + 2)}

### 相关说法

${paragraph(index + 3, 2)}

## 可能的后果 {#consequences}

${items("后果", false)}

## 一步一步怎么做 {#process}

${items("步骤", true)}

## 怎样和官方客服沟通 {#negotiation}

${items("建议", false)}

## 如何避免 {#prevention}

${items("习惯", false)}

## 延伸阅读

${paragraph(index + 4, 2)}另见[下一篇](/articles/${other}#process)。
`;
}

/**
 * The `index`-th of `count` copies of one article, as an editor's script that copied a template
 * makes them: every copy has the same title and the same alias (the cross-article checks'
 * worst case: each copy clashes with every other).
 */
export function sameTitleArticle(index: number, count: number): string {
  return generatedArticle(0, count)
    .replace(/^title: .*$/m, "title: 借呗逾期了怎么办")
    .replace(/^tags: .*$/m, "$&\naliases: [old-template]")
    .replace(/\(\/articles\/[^)#]*/, `(/articles/${slugOf((index + 1) % count)}`);
}

/**
 * A broken article with one of nearly every kind of error at once: frontmatter (unknown key,
 * impossible date, missing description), body (no lead, unknown and repeated section kinds,
 * an empty heading, items without titles, a footnote, a `javascript:` link, a link to a missing
 * article) and a title shared with every other broken article.
 */
export function brokenArticle(index: number): string {
  return `---
title: 写坏了的文章
titel: 拼错的字段
date: 2025-02-30
aliases: [Bad Alias]
---

## 是什么 {#definition}

见[不存在的文章](/articles/no-such-article-${index})和[脚本](javascript:alert(1))。[^1]

## 后果 {#consequences}

- 没有加粗的小标题

## 后果 {#consequences}

- **征信**：重复的章节类型。

## 协商 {#negotation}

正文。

##

[^1]: 脚注。
`;
}

/** Writes `count` articles into `<dir>/articles`, creating it: realistic distinct ones unless another maker is given. */
export function writeGeneratedArticles(
  dir: string,
  count: number,
  make: (index: number, count: number) => string = generatedArticle,
): void {
  const articlesDir = path.join(dir, "articles");
  mkdirSync(articlesDir, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    writeFileSync(path.join(articlesDir, `${slugOf(index)}.md`), make(index, count));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count || !/^\d+$/.test(count)) {
    console.error("用法：tsx bench/generate-articles.ts <目标目录> <篇数>");
    process.exit(2);
  }
  writeGeneratedArticles(path.resolve(dir), Number(count));
  console.log(`已在 ${path.resolve(dir, "articles")} 生成 ${count} 篇文章`);
}
