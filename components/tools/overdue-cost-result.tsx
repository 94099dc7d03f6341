import type { OverdueCostEstimate } from "@/lib/tools/overdue-cost";

/** The result's fixed wording, in Simplified; the server page hands over a copy in the page's script. */
export const OVERDUE_COST_RESULT_TEXT = {
  heading: "估算结果",
  penaltyRate: "罚息日利率",
  dailyPenalty: "每天的罚息",
  totalPenalty: "罚息合计",
  totalOwed: "本金加罚息",
  formulaLead: "算法：罚息 ≈ 逾期本金 × 日利率 × {multiple} × 逾期天数，即 {formula}。",
  caveat:
    "这只是估算：罚息的日利率通常约为合同日利率的 1.5 倍，具体以你的借款合同为准；有的合同对逾期的利息也收罚息，这里没有算进去；这一期的正常利息仍然要还。",
  appCounts: "准确的欠款数字以支付宝 App 里 借呗 页面显示的为准。",
  accrues: "罚息每天都在增加，能还多少就先还多少。",
};

export type OverdueCostResultText = typeof OVERDUE_COST_RESULT_TEXT;

/**
 * The estimate, its formula in words, and what it leaves out. It takes its wording as a prop
 * (no conversion inside), so the live estimate can render it in the browser without the
 * converter's dictionaries; the numbers and units read the same in both scripts.
 */
export function OverdueCostResult({ estimate, text }: { estimate: OverdueCostEstimate; text: OverdueCostResultText }) {
  const formula = text.formulaLead.replace("{multiple}", estimate.formula.multiple).replace("{formula}", estimate.formula.text);
  return (
    <section
      aria-labelledby="estimate"
      data-testid="overdue-cost-result"
      className="space-y-3 rounded-lg border-2 border-blue-800 px-4 py-4 dark:border-sky-300"
    >
      <h2 id="estimate" className="text-xl font-bold">
        {text.heading}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>{text.penaltyRate}</dt>
        <dd>{estimate.penaltyRatePercent}%</dd>
        <dt>{text.dailyPenalty}</dt>
        <dd>{estimate.dailyPenalty.text} 元</dd>
        <dt>{text.totalPenalty}</dt>
        <dd className="font-bold">{estimate.totalPenalty.text} 元</dd>
        <dt>{text.totalOwed}</dt>
        <dd className="font-bold">{estimate.totalOwed.text} 元</dd>
      </dl>
      <p>{formula}</p>
      <p className="text-zinc-800 dark:text-zinc-200">
        {text.caveat}
        <strong>{text.appCounts}</strong>
        {text.accrues}
      </p>
    </section>
  );
}
