import { describe, expect, it, vi } from "vitest";

describe("processWide", () => {
  it("makes a value once and gives it to every copy of the module, as Next's route bundles each load one", async () => {
    const first = await import("@/lib/site/process-wide");
    vi.resetModules();
    const second = await import("@/lib/site/process-wide");
    expect(second).not.toBe(first);
    const create = vi.fn(() => ({ made: Math.random() }));
    const name = `test-${Math.random()}`;
    const value = first.processWide(name, create);
    expect(second.processWide(name, create)).toBe(value);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("keeps values of different names apart", async () => {
    const { processWide } = await import("@/lib/site/process-wide");
    const suffix = Math.random();
    expect(processWide(`a-${suffix}`, () => 1)).toBe(1);
    expect(processWide(`b-${suffix}`, () => 2)).toBe(2);
    expect(processWide(`a-${suffix}`, () => 3)).toBe(1);
  });
});
