import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryFromResultsKey, searchResultsKey, searchResultsTarget } from "@/lib/search/results-path";

const key = (query: string) => Buffer.from(query, "utf8").toString("base64url");

describe("searchResultsTarget", () => {
  it.each<[string, string | undefined]>([
    [`/search?q=${encodeURIComponent("罚息")}`, `/zh-Hans/search/${key("罚息")}`],
    [`/zh-Hans/search?q=${encodeURIComponent("罚息")}`, `/zh-Hans/search/${key("罚息")}`],
    [`/zh-Hant/search?q=${encodeURIComponent("罰息")}&page=2`, `/zh-Hant/search/${key("罰息")}`],
    // A form sends spaces as +; the query is trimmed, and the first of several q is the one.
    ["/search?q=+%E5%BE%81%E4%BF%A1+%E5%8D%8F%E5%95%86+", `/zh-Hans/search/${key("征信 协商")}`],
    ["/search?q=a&q=b", `/zh-Hans/search/${key("a")}`],
    // What no path segment could hold as it is: a slash, a lone %, a ?, a #.
    ["/search?q=a%2Fb", `/zh-Hans/search/${key("a/b")}`],
    ["/search?q=%", `/zh-Hans/search/${key("%")}`],
    ["/search?q=%3F%23", `/zh-Hans/search/${key("?#")}`],
    [`/search?q=${"逾".repeat(500)}`, `/zh-Hans/search/${key("逾".repeat(200))}`],
    // No query: the form alone.
    ["/search", undefined],
    ["/search?q=", undefined],
    ["/search?q=+++", undefined],
    ["/search?other=1", undefined],
    // Not the search page.
    ["/searches?q=1", undefined],
    ["/search/x?q=1", undefined],
    ["/articles/penalty-interest?q=1", undefined],
    ["/zh-hant/search?q=1", undefined],
    ["/?q=1", undefined],
  ])("%s → %s", (target, expected) => {
    expect(searchResultsTarget(target)).toBe(expected);
  });
});

describe("queryFromResultsKey", () => {
  it("gives back every query a key was made from", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        const made = searchResultsKey({ q: text });
        const query = text.trim().slice(0, 200);
        if (query === "") expect(made).toBeUndefined();
        else expect(queryFromResultsKey(made ?? "")).toBe(query);
      }),
    );
  });

  it("refuses keys no query makes, so each query has exactly one page", () => {
    expect(queryFromResultsKey(key("罚息"))).toBe("罚息");
    for (const other of [
      "abc", // bytes that are not UTF-8
      `${key("罚息")}=`, // padded
      key(" 罚息 "), // not trimmed
      key(""),
      key("逾".repeat(201)), // longer than a query is kept
      "5725-5oGv", // not base64url
    ]) {
      expect(queryFromResultsKey(other), other).toBeUndefined();
    }
  });
});
