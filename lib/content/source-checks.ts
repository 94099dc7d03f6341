import type { Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import { monthsBefore } from "../dates/calendar-dates";
import type { Point } from "./diagnostics";
import { warning, type Problem } from "./problem";
import type { Source } from "./schema";

/** A law, regulation or notice named in 《…》 in an article's body, where it is first named. */
export interface CitedRule {
  name: string;
  at: Point;
}

/** A title in 《…》 on one line. */
const BOOK_TITLE = /《([^《》\n]{2,80})》/g;
/** What the names of laws, regulations, judicial rules and notices end with. */
const RULE_ENDING = /(?:法|法典|条例|办法|规定|规则|细则|指引|解释|公约|意见|通知|决定|标准)$/;
/** A trial or interim marker after the name, in either kind of bracket. */
const TRIAL_MARKER = /[（(](?:试行|暂行)[）)]$/;

/** True when a 《…》 title names a rule (a law, regulation or notice) rather than, say, a contract. */
export function isRuleName(name: string): boolean {
  return RULE_ENDING.test(name.normalize("NFKC").replace(TRIAL_MARKER, "").trim());
}

/**
 * The form names are compared in: full-width brackets as ASCII (NFKC), and without the formal
 * prefix 中华人民共和国, so 《民法典》 matches 《中华人民共和国民法典》.
 */
function comparable(text: string): string {
  return text.normalize("NFKC").replaceAll("中华人民共和国", "").replace(/\s+/g, "");
}

/**
 * Every distinct rule the body names in 《…》, at its first mention (text, link text and
 * headings alike). Positions are exact: a text node's offset is turned into line and column.
 */
export function citedRules(root: Root): CitedRule[] {
  const first = new Map<string, CitedRule>();
  visit(root, "text", (node: Text) => {
    const start = node.position?.start;
    if (!start) return;
    for (const match of node.value.matchAll(BOOK_TITLE)) {
      const name = match[1] as string;
      if (!isRuleName(name) || first.has(comparable(name))) continue;
      first.set(comparable(name), { name, at: pointAt(node.value, match.index, start) });
    }
  });
  return [...first.values()];
}

function pointAt(text: string, offset: number, start: { line: number; column: number }): Point {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  const lines = before.split("\n").length - 1;
  return lines === 0 ? { line: start.line, column: start.column + offset } : { line: start.line + lines, column: offset - lastBreak };
}

/**
 * Each rule the body names must be among the article's `sources`, so that readers see what
 * the article relies on: one warning per rule that is not, at its first mention.
 */
export function checkCitedRules(cited: readonly CitedRule[], sources: readonly Source[]): Problem[] {
  const listed = sources.map((source) => comparable(source.title));
  return cited
    .filter((rule) => !listed.some((title) => title.includes(comparable(`《${rule.name}》`))))
    .map((rule) =>
      warning(
        rule.at,
        `正文提到了《${rule.name}》，但 sources 里没有列出它：请在 frontmatter 的 sources 里加一项 - title: 《${rule.name}》（有官方网址的，下一行再写 url）`,
      ),
    );
}

/** After this many months a review date is stale: laws and the lender's practice change. */
export const REVIEW_MAX_AGE_MONTHS = 12;

/**
 * The review date's problems: missing on an article that states rules (it lists sources or
 * names a rule), or older than REVIEW_MAX_AGE_MONTHS on `today`. Depends on the date, so it
 * runs when content is loaded, never inside the per-file parse cache.
 */
export function checkReviewDate(
  { reviewed, citesRules }: { reviewed: string | undefined; citesRules: boolean },
  { reviewedAt, start }: { reviewedAt: Point; start: Point },
  today: string,
): Problem[] {
  if (reviewed === undefined) {
    return citesRules
      ? [warning(start, "这篇文章引用了法律或规定，但没有写核对日期：请在 frontmatter 里加一行 reviewed: YYYY-MM-DD，写上最近一次有人对照来源核对事实的日期")]
      : [];
  }
  if (reviewed > today) {
    return [warning(reviewedAt, `"reviewed"（${reviewed}）是将来的日期：请写实际核对事实的那一天`)];
  }
  if (reviewed < monthsBefore(today, REVIEW_MAX_AGE_MONTHS)) {
    return [warning(reviewedAt, `内容核对于 ${reviewed}，已经超过 ${REVIEW_MAX_AGE_MONTHS} 个月：请对照 sources 重新核对文中的事实，再把 reviewed 改成核对当天的日期`)];
  }
  return [];
}
