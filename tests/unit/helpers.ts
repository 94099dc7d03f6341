import { formatDiagnostic } from "@/lib/content/diagnostics";
import { renderBlocks } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse-article";

/** The advice that an article is short: the samples here are short on purpose. */
const SHORT_ARTICLE_WARNING = /^正文只有 \d+ 个字/;

/**
 * Parses Markdown source as if it were the file `content/articles/<fileName>`, leaving out
 * the short-article warning that every small sample would get (tested on its own).
 */
export function parse(source: string, fileName = "sample.md") {
  const parsed = parseArticle(`content/articles/${fileName}`, new TextEncoder().encode(source), { render: renderBlocks });
  return { ...parsed, diagnostics: parsed.diagnostics.filter((d) => !SHORT_ARTICLE_WARNING.test(d.message)) };
}

/** The formatted diagnostics of a source, as `content:check` prints them. */
export function report(source: string, fileName = "sample.md"): string[] {
  return parse(source, fileName).diagnostics.map(formatDiagnostic);
}

/** A valid article; `replace` swaps a part of it to create the case under test. */
export const VALID = `---
title: 借呗逾期了怎么办
description: 逾期后先做什么。
date: 2026-01-05
---

导语：先别慌。

## 逾期是什么 {#definition}

到期日没有还清就是逾期。

## 后果 {#consequences}

- **征信受损**：会留下记录。
- **罚息**：按天计算。
`;

export function variant(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`VALID has no ${JSON.stringify(from)}`);
  return VALID.replace(from, to);
}
