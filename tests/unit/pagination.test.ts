import { describe, expect, it } from "vitest";
import { pageHref, pageWindow, paginate } from "@/lib/site/pagination";

const items = Array.from({ length: 45 }, (_, i) => i + 1);

describe("paginate", () => {
  it("slices pages of the given size", () => {
    expect(paginate(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3 });
    expect(paginate(items, 3, 20)?.items).toEqual([41, 42, 43, 44, 45]);
  });

  it("has no page beyond the last, below 1 or between numbers", () => {
    expect(paginate(items, 4, 20)).toBeUndefined();
    expect(paginate(items, 0, 20)).toBeUndefined();
    expect(paginate(items, 1.5, 20)).toBeUndefined();
  });

  it("always has a first page, even when empty", () => {
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe("page links", () => {
  it("make page 1 the home page", () => {
    expect(pageHref(1)).toBe("/");
    expect(pageHref(2)).toBe("/page/2");
  });

  it("show the ends and the neighbours", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 50)).toEqual([1, 2, 3, 50]);
    expect(pageWindow(25, 50)).toEqual([1, 23, 24, 25, 26, 27, 50]);
    expect(pageWindow(50, 50)).toEqual([1, 48, 49, 50]);
  });
});
