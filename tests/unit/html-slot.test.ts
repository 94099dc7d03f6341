import { describe, expect, it } from "vitest";
import { fillSlot, hasSlot, slotted } from "@/lib/site/html-slot";

const page = (inside: string) => `<html><body><main><div class="x">${inside}</div></main></body></html>`;

describe("html slots", () => {
  it("fills the marked part and keeps the markers and everything around them", () => {
    const before = page(slotted("search-page", "<p>表单</p>"));
    expect(hasSlot(before, "search-page")).toBe(true);
    expect(fillSlot(before, "search-page", "<p>结果</p>")).toBe(page("<!--slot:search-page--><p>结果</p><!--/slot:search-page-->"));
  });

  it("fills an empty slot, and leaves text that only looks like a replacement pattern as it is", () => {
    const filled = fillSlot(page(slotted("a", "")), "a", "$& $1 $$");
    expect(filled).toBe(page("<!--slot:a-->$& $1 $$<!--/slot:a-->"));
  });

  it("refuses a page whose slot is missing, repeated, cut short or out of order", () => {
    const marked = slotted("a", "x");
    for (const broken of [
      page("no slot here"),
      page(marked + marked),
      page("<!--slot:a-->x"),
      page("x<!--/slot:a-->"),
      page("<!--/slot:a-->x<!--slot:a-->"),
      page(slotted("b", "x")),
    ]) {
      expect(hasSlot(broken, "a"), broken).toBe(false);
      expect(fillSlot(broken, "a", "y"), broken).toBeUndefined();
    }
  });

  it("tells one slot from another", () => {
    const both = page(slotted("a", "1") + slotted("a-b", "2"));
    expect(fillSlot(both, "a", "x")).toBe(page(slotted("a", "x") + slotted("a-b", "2")));
    expect(fillSlot(both, "a-b", "y")).toBe(page(slotted("a", "1") + slotted("a-b", "y")));
  });

  it("accepts only plain slot names, so a marker cannot end its comment early", () => {
    expect(() => slotted("a-->", "x")).toThrow(/slot name/);
    expect(() => slotted("", "x")).toThrow(/slot name/);
  });
});
