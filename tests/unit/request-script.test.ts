import { describe, expect, it } from "vitest";
import { isScript, scriptPath, SCRIPTS } from "@/lib/script/request-script";

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
