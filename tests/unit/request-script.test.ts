import { describe, expect, it } from "vitest";
import { SCRIPT_HEADER, scriptOfTarget } from "@/lib/script/path-script";
import { toTraditional } from "@/lib/script/convert";
import {
  fillPlaceholders,
  isScript,
  localPath,
  localize,
  renderInScript,
  requestScript,
  scriptPath,
  SCRIPTS,
} from "@/lib/script/request-script";

describe("scripts and their paths", () => {
  it("knows exactly the two scripts", () => {
    expect(SCRIPTS).toEqual(["zh-Hans", "zh-Hant"]);
    expect(isScript("zh-Hans")).toBe(true);
    expect(isScript("zh-Hant")).toBe(true);
    for (const other of ["zh-hant", "zh-CN", "zh-TW", "", "articles", "favicon.ico"]) expect(isScript(other)).toBe(false);
  });

  it.each([
    ["zh-Hans", "/", "/"],
    ["zh-Hans", "/articles/overdue-consequences", "/articles/overdue-consequences"],
    ["zh-Hant", "/", "/zh-Hant"],
    ["zh-Hant", "/articles/overdue-consequences", "/zh-Hant/articles/overdue-consequences"],
    ["zh-Hant", "/search?q=%E7%BD%9A%E6%81%AF", "/zh-Hant/search?q=%E7%BD%9A%E6%81%AF"],
  ] as const)("%s page of %s is %s", (script, path, expected) => {
    expect(scriptPath(script, path)).toBe(expected);
  });
});

describe("the script of a request", () => {
  it.each([
    ["/zh-Hant", "zh-Hant"],
    ["/zh-Hant/", "zh-Hant"],
    ["/zh-Hant/no-such-page", "zh-Hant"],
    ["/zh-Hant/articles/no-such-slug/deeper", "zh-Hant"],
    ["/zh-Hant?q=1", "zh-Hant"],
    ["/zh-Hant#contents", "zh-Hant"],
    ["/zh-Hant/articles/%ZZ", "zh-Hant"],
    ["/", "zh-Hans"],
    ["/no-such-page", "zh-Hans"],
    ["/articles/zh-Hant", "zh-Hans"],
    ["/zh-Hans/zh-Hant", "zh-Hans"],
    ["/zh-Hantx/page", "zh-Hans"],
    ["/zh-hant/page", "zh-Hans"],
    ["/_next/static/chunks/none.js", "zh-Hans"],
    ["", "zh-Hans"],
  ] as const)("%s is %s", (target, script) => {
    expect(scriptOfTarget(target)).toBe(script);
  });

  it("travels in a lowercase header, as Node stores them", () => {
    expect(SCRIPT_HEADER).toBe(SCRIPT_HEADER.toLowerCase());
  });
});

describe("placeholders in localized text", () => {
  it("are filled after conversion, so the values stay exactly as given", () => {
    const template = toTraditional("没有找到讲到“{query}”的段落，第 {page} 页");
    expect(fillPlaceholders(template, { query: "头发 后来", page: 2 })).toBe("沒有找到講到“头发 后来”的段落，第 2 頁");
  });

  it("are filled once, even when a value looks like a placeholder", () => {
    expect(fillPlaceholders("{a}{b}", { a: "{b}", b: "x" })).toBe("{b}x");
  });

  it("must all have a value", () => {
    expect(() => fillPlaceholders("本节链接：{title}", { name: "x" })).toThrow("No value for {title}");
  });
});

describe("components rendered outside a React render", () => {
  it("see the script they are rendered in, across awaits, and Simplified outside", async () => {
    expect(requestScript()).toBe("zh-Hans");
    const seen = await renderInScript("zh-Hant", async () => {
      const before = localize("修改搜索词");
      await new Promise((resolve) => setTimeout(resolve, 1));
      return [before, localPath("/search"), requestScript()];
    });
    expect(seen).toEqual([toTraditional("修改搜索词"), "/zh-Hant/search", "zh-Hant"]);
    expect(localize("修改搜索词")).toBe("修改搜索词");
  });

  it("keeps two renders in different scripts apart while both are under way", async () => {
    const render = (script: "zh-Hans" | "zh-Hant", delay: number) =>
      renderInScript(script, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        return localPath("/");
      });
    expect(await Promise.all([render("zh-Hant", 5), render("zh-Hans", 1)])).toEqual(["/zh-Hant", "/"]);
  });
});
