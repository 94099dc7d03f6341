import { stringify } from "yaml";

/** What a new article starts with; every guidance line tells the editor what belongs there. */
export interface ScaffoldOptions {
  title?: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
}

const DEFAULT_TITLE = "在这里写标题";

/**
 * The Markdown of a new draft with all five typed sections, each holding one line of
 * guidance and one example item, so that it passes `content:check` as it stands.
 */
export function scaffoldArticle({ title, date }: ScaffoldOptions): string {
  const frontmatter = stringify(
    { title: title?.trim() || DEFAULT_TITLE, description: "用一两句话概括这篇文章，120 字以内。", date, draft: true },
    { lineWidth: 0 },
  );
  return `---
${frontmatter}---

在这里写导语：用一两段话告诉读者这篇文章讲什么、读完能做什么。写完后，把 draft 改成 false 或删掉那一行，文章才会发布。

## 这是什么 {#definition}

用平实的话解释概念，可以用 ### 小标题解释术语。只写有可靠出处的事实；不确定的地方要写明，并提示读者以支付宝 App 内的信息为准。

## 会有什么后果 {#consequences}

每一项后果用列表写，以加粗小标题开头：

- **后果的名称**：说明会发生什么、依据是什么。

## 一步一步怎么做 {#process}

按顺序写出读者要做的事，用有序列表：

1. **第一步做什么**：说明怎么做、为什么。

## 怎样和官方客服沟通 {#negotiation}

每条建议一个 ### 小标题，只引导读者使用 App 内的官方渠道：

### 建议的标题

说明这条建议。

## 如何避免 {#prevention}

写成读者可以逐条核对的清单：

- **习惯的名称**：说明怎么做。
`;
}
