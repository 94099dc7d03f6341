/**
 * Markdown of a given size in shapes that stress a parser: ordinary prose, and the broken
 * input (unclosed links, bracket and emphasis soup, endless nesting, huge tables) on which
 * a careless parser turns quadratic. Used by the linear-time test and `npm run bench:content`.
 */
export const INPUT_SHAPES: Record<string, (size: number) => string> = {
  prose: (size) => "借呗逾期后，罚息按天计算，请在支付宝 App 里查看。\n\n".repeat(size / 27),
  "unclosed links": (size) => "[a](".repeat(size / 4),
  "balanced parentheses": (size) => "[a](()".repeat(size / 6),
  "shortcut references": (size) => "[a] ".repeat(size / 4),
  "emphasis soup": (size) => "**a*b_c__".repeat(size / 9),
  "nested quotes": (size) => "> ".repeat(size / 2),
  "nested lists": (size) => Array.from({ length: size / 50 }, (_, i) => `${" ".repeat((i % 20) * 2)}- 项目内容文字`).join("\n"),
  table: (size) => `| a | b |\n|---|---|\n${"| x | y |\n".repeat(size / 10)}`,
  backticks: (size) => "`a``".repeat(size / 4),
};

/** A valid article whose definition section holds `body`. */
export function articleAround(body: string): string {
  return `---\ntitle: 标题\ndescription: 摘要\ndate: 2026-01-01\n---\n\n导语。\n\n## 是什么 {#definition}\n\n${body}\n`;
}
