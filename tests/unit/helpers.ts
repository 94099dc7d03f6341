import { formatDiagnostic } from "@/lib/content/diagnostics";
import { parseArticle } from "@/lib/content/parse-article";

/** Parses Markdown source as if it were the file `content/articles/<fileName>`. */
export function parse(source: string, fileName = "sample.md") {
  return parseArticle(`content/articles/${fileName}`, new TextEncoder().encode(source));
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
