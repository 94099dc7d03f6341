import { describe, expect, it } from "vitest";
import { searchAnswerRequest, searchResultsPath, type SearchAnswerRequest } from "@/lib/search/answer-request";

const hans = (query: string): SearchAnswerRequest => ({ script: "zh-Hans", query });
const hant = (query: string): SearchAnswerRequest => ({ script: "zh-Hant", query });

describe("searchAnswerRequest", () => {
  it.each<[string, SearchAnswerRequest | undefined]>([
    [`/search?q=${encodeURIComponent("罚息")}`, hans("罚息")],
    [`/zh-Hans/search?q=${encodeURIComponent("罚息")}`, hans("罚息")],
    [`/zh-Hant/search?q=${encodeURIComponent("罰息")}&page=2`, hant("罰息")],
    // A form sends spaces as +; the query is trimmed, and the first of several q is the one.
    ["/search?q=+%E5%BE%81%E4%BF%A1+%E5%8D%8F%E5%95%86+", hans("征信 协商")],
    ["/search?q=a&q=b", hans("a")],
    // What no path could hold as it is reaches the search untouched: a slash, a lone %, a ?, a #.
    ["/search?q=a%2Fb", hans("a/b")],
    ["/search?q=%", hans("%")],
    ["/search?q=%3F%23", hans("?#")],
    [`/search?q=${"逾".repeat(500)}`, hans("逾".repeat(200))],
    // No query: the form alone.
    ["/search", undefined],
    ["/search?q=", undefined],
    ["/search?q=+++", undefined],
    ["/search?other=1", undefined],
    // Not the search page.
    ["/searches?q=1", undefined],
    ["/search/x?q=1", undefined],
    ["/search/results?q=1", undefined],
    ["/articles/penalty-interest?q=1", undefined],
    ["/zh-hant/search?q=1", undefined],
    ["/?q=1", undefined],
  ])("%s → %j", (target, expected) => {
    expect(searchAnswerRequest(target)).toEqual(expected);
  });
});

describe("searchResultsPath", () => {
  it("is the results page in each script", () => {
    expect(searchResultsPath("zh-Hans")).toBe("/search/results");
    expect(searchResultsPath("zh-Hant")).toBe("/zh-Hant/search/results");
  });
});
