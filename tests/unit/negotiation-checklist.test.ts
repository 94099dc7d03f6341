import { describe, expect, it } from "vitest";
import { readTicks, writeTicks } from "@/lib/tools/checklist-ticks";
import { checklistItemId, NEGOTIATION_CHECKLIST } from "@/lib/tools/negotiation-checklist";

const ALL_IDS = NEGOTIATION_CHECKLIST.flatMap((group) => group.items.map((item) => checklistItemId(group.id, item)));

describe("checklist item ids", () => {
  it("are unique, ASCII and start with their group's id", () => {
    expect(new Set(ALL_IDS).size).toBe(ALL_IDS.length);
    for (const group of NEGOTIATION_CHECKLIST) {
      for (const item of group.items) expect(checklistItemId(group.id, item)).toMatch(new RegExp(`^${group.id}-[0-9a-z]{7}$`));
    }
  });

  it("stay the same across releases for the same wording (readers' stored ticks depend on it)", () => {
    // FNV-1a of "a" is 0xe40c292c; a change here would untick every reader's list.
    expect(checklistItemId("x", "a")).toBe(`x-${(0xe40c292c).toString(36)}`);
    expect(checklistItemId("prepare", "身份证，以及借款用的支付宝账号")).toBe("prepare-1ptfai3");
    expect(checklistItemId("prepare", "每月收入和必要开支的清单：房租、吃饭、交通、看病、养家")).toBe("prepare-001eor7");
  });

  it("change when an item's wording changes, so an old tick never lands on a new item", () => {
    const item = NEGOTIATION_CHECKLIST[0]!.items[0]!;
    expect(checklistItemId("prepare", `${item}。`)).not.toBe(checklistItemId("prepare", item));
    expect(checklistItemId("ask", item)).not.toBe(checklistItemId("prepare", item));
  });
});

describe("stored ticks", () => {
  it("round-trip, sorted and without duplicates", () => {
    const stored = writeTicks(["record-5m5htu", "ask-t59idw", "ask-t59idw"]);
    expect(stored).toBe('["ask-t59idw","record-5m5htu"]');
    expect(readTicks(stored)).toEqual(new Set(["ask-t59idw", "record-5m5htu"]));
  });

  it.each([
    ["nothing stored", null],
    ["broken JSON", '["ask-t59idw"'],
    ["an object", '{"ask-t59idw":true}'],
    ["a number", "42"],
    ["an empty text", ""],
  ])("count as nothing ticked when the value is %s", (_, stored) => {
    expect(readTicks(stored)).toEqual(new Set());
  });

  it("keep only the text entries of a list", () => {
    expect(readTicks('["ask-t59idw", 1, null, ["x"]]')).toEqual(new Set(["ask-t59idw"]));
  });
});
