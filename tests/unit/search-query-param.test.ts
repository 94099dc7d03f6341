import { describe, expect, it } from "vitest";
import { queryFromSearchParams } from "@/lib/search/query-param";

describe("queryFromSearchParams", () => {
  it.each<[Record<string, string | string[] | undefined>, string]>([
    [{ q: "罚息" }, "罚息"],
    [{ q: "  征信 协商 " }, "征信 协商"],
    [{ q: ["分期", "罚息"] }, "分期"],
    [{ q: [] }, ""],
    [{}, ""],
    [{ q: undefined, other: "x" }, ""],
    [{ q: "逾".repeat(500) }, "逾".repeat(200)],
  ])("%j → %j", (params, expected) => {
    expect(queryFromSearchParams(params)).toBe(expected);
  });
});
