import { describe, expect, it } from "vitest";
import { collect } from "@/lib/forms/form-body";
import { parseFeedbackForm } from "@/lib/reports/feedback-form";
import { parseReportForm } from "@/lib/reports/report-form";
import { cleanFreeText, decimalSchema, DEFAULT_MAX_FIELD_CHARS } from "@/lib/forms/form-input";
import { parseOverdueCostInput } from "@/lib/tools/overdue-cost";

/** Best of five runs of `work`, in milliseconds. */
function bestTime(work: () => void): number {
  return Math.min(
    ...[0, 1, 2, 3, 4].map(() => {
      const started = performance.now();
      work();
      return performance.now() - started;
    }),
  );
}

// Linear time means eight times the input takes about eight times as long; quadratic would be
// sixty-four. The bound sits far from both, since other tests share the two cores meanwhile.
const LINEAR_BOUND = 24;

describe("hostile form input", () => {
  it("reads a number in time linear in its length, even one that fails at its last character", () => {
    const schema = decimalSchema({ empty: "空", notNumber: "不是数字" });
    const parse = (digits: number) => () => schema.safeParse(`${"1".repeat(digits)}x`);
    bestTime(parse(4_000));
    const ratio = bestTime(parse(64_000)) / bestTime(parse(8_000));
    expect(ratio).toBeLessThan(LINEAR_BOUND);
    expect(schema.safeParse(`${"1".repeat(2_000)}.5`).success).toBe(true);
  });

  it("refuses a field longer than it could need before parsing it", () => {
    const result = parseOverdueCostInput({ amount: "1".repeat(16_000), rate: "0.03", days: "9".repeat(DEFAULT_MAX_FIELD_CHARS + 1) });
    expect(result).toMatchObject({
      ok: false,
      errors: {
        amount: `这一项太长了（最多 ${DEFAULT_MAX_FIELD_CHARS} 个字符），请检查是否粘贴错了`,
        days: `这一项太长了（最多 ${DEFAULT_MAX_FIELD_CHARS} 个字符），请检查是否粘贴错了`,
      },
    });
  });

  it("collects repeated fields in time linear in their number, keeping every value", () => {
    const repeated = (count: number) => Array.from({ length: count }, (_, index): [string, string] => ["a", String(index)]);
    const small = repeated(4_000);
    const large = repeated(32_000);
    bestTime(() => collect(small));
    const ratio = bestTime(() => collect(large)) / bestTime(() => collect(small));
    expect(ratio).toBeLessThan(LINEAR_BOUND);
    expect(
      collect([
        ["a", "1"],
        ["b", "2"],
        ["a", "3"],
      ]),
    ).toEqual({ a: ["1", "3"], b: "2" });
  });

  it("answers a page address with a broken percent-encoding with a field error, not an exception", () => {
    const SITE = "http://127.0.0.1:3000";
    const fields = {
      page: "/articles/a#%E5",
      kind: "other",
      description: "这一段的说法需要更正。",
      contact: "a@example.com",
      goodFaith: "yes",
    };
    const result = parseReportForm(fields, (path) => path === "/articles/a", SITE);
    expect(result).toMatchObject({
      ok: false,
      errors: { page: "网址里 # 后面的部分有无法识别的字符，请直接从浏览器地址栏复制链接，或删掉 # 和它后面的内容" },
    });
    for (const page of ["/articles/%E5", "/articles/a%", `${SITE}/articles/a#%ZZ`, "%", "http://[::1"]) {
      const isArticleA = (path: string) => path === "/articles/a";
      expect(() => parseReportForm({ ...fields, page }, isArticleA, SITE), page).not.toThrow();
      expect(parseReportForm({ ...fields, page }, isArticleA, SITE).ok, page).toBe(false);
    }
  });

  it("keeps free text free of control characters, escape sequences and reordering marks", () => {
    expect(cleanFreeText("第一行\r\n第二行\r第三行\t完\u001b[31m红\u001b]0;title\u0007\u009b2J\u202Eevil\u2066\u0000")).toBe(
      "第一行\n第二行\n第三行 完[31m红]0;title2Jevil",
    );
    const report = parseReportForm(
      { page: "/articles/a", kind: "other", description: "说明\u001b[2J清屏\u202E反转了", contact: "a@example.com", goodFaith: "yes" },
      () => true,
      "http://127.0.0.1:3000",
    );
    expect(report).toMatchObject({ ok: true, values: { description: "说明[2J清屏反转了" } });
    const feedback = parseFeedbackForm(
      { article: "a", helpful: "no", comment: "\u001b]8;;http://evil\u0007点我\u001b]8;;\u0007" },
      () => true,
    );
    expect(feedback).toMatchObject({ ok: true, values: { comment: "]8;;http://evil点我]8;;" } });
  });
});
