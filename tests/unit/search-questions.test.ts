import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadValidContent, selectVisible } from "@/lib/content/load-content";
import { toTraditional } from "@/lib/script/convert";
import { buildSearchIndex, loadSearchIndex, searchArticles, serializeSearchIndex } from "@/lib/search";

/**
 * Questions as worried readers type them into the search box, each with the section that
 * answers it: that section must be among the first three results, for the question as typed
 * in Simplified and in Traditional characters. When an article is rewritten and a question
 * stops finding its answer, fix the article's headings or content/search-words.yaml, not this list.
 */
const QUESTIONS: readonly (readonly [question: string, answer: string])[] = [
  ["借呗逾期会坐牢吗", "/articles/is-overdue-a-crime#definition"],
  ["欠借呗的钱不还会被抓吗", "/articles/is-overdue-a-crime#definition"],
  ["借呗逾期会判刑吗？", "/articles/is-overdue-a-crime#definition"],
  ["催收说我涉嫌诈骗", "/articles/is-overdue-a-crime#process"],
  ["老赖", "/articles/court-papers-and-lawsuits#失信被执行人老赖和限制高消费"],
  ["会不会上失信名单", "/articles/court-papers-and-lawsuits#失信被执行人老赖和限制高消费"],
  ["被限制高消费了还能坐高铁吗", "/articles/court-papers-and-lawsuits#失信被执行人老赖和限制高消费"],
  ["收到法院短信怎么办", "/articles/court-papers-and-lawsuits#process"],
  ["收到传票怎么办", "/articles/court-papers-and-lawsuits#process"],
  ["律师函是真的吗", "/articles/court-papers-and-lawsuits#definition"],
  ["怎么分辨法院短信是不是真的", "/articles/court-papers-and-lawsuits#怎样核实是真是假"],
  ["被起诉了还能调解吗", "/articles/court-papers-and-lawsuits#诉前调解去比不去好"],
  ["不去开庭会怎样", "/articles/court-papers-and-lawsuits#process"],
  ["哪里有免费的法律咨询", "/articles/court-papers-and-lawsuits#免费法律帮助12348"],
  ["爆通讯录", "/articles/collection-family-employer-visits#爆通讯录是怎么回事"],
  ["催收打电话给我家人", "/articles/collection-family-employer-visits#process"],
  ["催收说要上门", "/articles/collection-family-employer-visits#上门催收外访怎么办"],
  ["催收打到单位怎么办", "/articles/collection-family-employer-visits#process"],
  ["半夜打催收电话合法吗", "/articles/collection-family-employer-visits#definition"],
  ["催收一天打几次电话算骚扰", "/articles/collection-family-employer-visits#definition"],
  ["家人要替我还钱吗", "/articles/collection-family-employer-visits#negotiation"],
  ["会不会冻结我的银行卡", "/articles/deducted-or-frozen-accounts#definition"],
  ["借呗自动扣了我余额宝的钱", "/articles/deducted-or-frozen-accounts#definition"],
  ["银行卡被冻结了", "/articles/deducted-or-frozen-accounts#process"],
  ["短信说我的账户要被冻结，让我转账解冻", "/articles/deducted-or-frozen-accounts#账户将被冻结马上转账解冻是诈骗"],
  ["同时欠好几个平台先还哪个", "/articles/cannot-repay-several-debts#同时欠好几家先还哪一家"],
  ["实在还不上了怎么办", "/articles/cannot-repay-several-debts#process"],
  ["网贷太多还不过来", "/articles/cannot-repay-several-debts#process"],
  ["压力太大撑不住了", "/articles/cannot-repay-several-debts#撑不住的时候"],
  ["借呗逾期一天有影响吗", "/articles/overdue-by-a-few-days#definition"],
  ["晚还了两天会上征信吗", "/articles/overdue-by-a-few-days#consequences"],
  ["借呗有宽限期吗", "/articles/overdue-by-a-few-days#definition"],
  ["借呗能停息挂账吗", "/articles/debt-relief-terms-explained#definition"],
  ["能不能只还本金", "/articles/debt-relief-terms-explained#definition"],
  ["罚息可以减免吗", "/articles/debt-relief-terms-explained#definition"],
  ["债务优化靠谱吗", "/articles/debt-relief-terms-explained#definition"],
  ["诉讼时效是几年", "/articles/limitation-period#definition"],
  ["躲三年就不用还了吗", "/articles/limitation-period#consequences"],
  ["借呗三年不还会怎样", "/articles/limitation-period#consequences"],
  ["信用贷是谁放的款", "/articles/jiebei-or-bank-credit-loan#definition"],
  ["怎么看借款合同上的出借方", "/articles/jiebei-or-bank-credit-loan#process"],
  ["怎么查征信", "/articles/check-credit-report#process"],
  ["征信记录多久能消除", "/articles/check-credit-report#逾期记录会保留多久"],
  ["征信报告上的记录有错怎么办", "/articles/check-credit-report#发现记录有错怎么办"],
  ["征信修复是真的吗", "/articles/spot-fake-negotiation-agents#definition"],
  ["自称借呗客服让我注销校园贷", "/articles/spot-fake-negotiation-agents#假客服最常用的几套说法"],
  ["罚息怎么算", "/articles/overdue-consequences#consequences"],
  ["怎么联系借呗人工客服", "/articles/negotiate-with-official-service#process"],
  ["协商还款要准备什么", "/articles/negotiate-with-official-service#negotiation"],
  ["以后怎样避免逾期", "/articles/prevent-overdue#prevention"],
];

describe("readers' questions find the section that answers them", async () => {
  const content = await loadValidContent(path.join(__dirname, "..", "..", "content"));
  const index = buildSearchIndex(selectVisible(content.articles, false), content.searchWords);
  const firstThree = (query: string) => {
    const response = searchArticles(index, query);
    return response.kind === "results" ? response.results.slice(0, 3).map((result) => result.href) : [];
  };

  it("has at least 40 questions", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
  });

  it("gets the same answers, to the score, from an index written by the build and loaded again", () => {
    const loaded = loadSearchIndex(serializeSearchIndex(index));
    for (const query of QUESTIONS.flatMap(([question]) => [question, toTraditional(question)])) {
      expect(searchArticles(loaded, query), query).toEqual(searchArticles(index, query));
    }
  });

  for (const [question, answer] of QUESTIONS) {
    it(`${question} → ${answer}`, () => {
      expect(firstThree(question)).toContain(answer);
    });
    const traditional = toTraditional(question);
    it(`${traditional} (Traditional) → ${answer}`, () => {
      expect(firstThree(traditional)).toContain(answer);
    });
  }
});
