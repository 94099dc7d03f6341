import type { OverdueCostEstimate } from "@/lib/tools/overdue-cost";
import { localize } from "@/lib/script/request-script";

/** The estimate, its formula in words, and what it leaves out. */
export function OverdueCostResult({ estimate }: { estimate: OverdueCostEstimate }) {
  return (
    <section aria-labelledby="estimate" data-testid="overdue-cost-result" className="space-y-3 rounded-lg border-2 border-blue-800 px-4 py-4 dark:border-sky-300">
      <h2 id="estimate" className="text-xl font-bold">
        {localize("估算结果")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>{localize("罚息日利率")}</dt>
        <dd>{estimate.penaltyRatePercent}%</dd>
        <dt>{localize("每天的罚息")}</dt>
        <dd>{estimate.dailyPenalty.text} 元</dd>
        <dt>{localize("罚息合计")}</dt>
        <dd className="font-bold">{estimate.totalPenalty.text} 元</dd>
        <dt>{localize("本金加罚息")}</dt>
        <dd className="font-bold">{estimate.totalOwed.text} 元</dd>
      </dl>
      <p>
        {localize(`算法：罚息 ≈ 逾期本金 × 日利率 × ${estimate.formula.multiple} × 逾期天数，即 ${estimate.formula.text}。`)}
      </p>
      <p className="text-zinc-800 dark:text-zinc-200">
        {localize("这只是估算：罚息的日利率通常约为合同日利率的 1.5 倍，具体以你的借款合同为准；有的合同对逾期的利息也收罚息，这里没有算进去；这一期的正常利息仍然要还。")}
        <strong>{localize("准确的欠款数字以支付宝 App 里 借呗 页面显示的为准。")}</strong>罚息每天都在增加，能还多少就先还多少。
      </p>
    </section>
  );
}
