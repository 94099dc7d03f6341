import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTrigramFilters, checkTrigramFilters, mayContain, wordTrigrams } from "@/lib/search/trigram-filter";

/** Random texts over a few characters, so words of three or more of them are often found and often not. */
const CHARACTERS = [..."还款借合同逾期信用报告"];
const text = fc.string({ unit: fc.constantFrom(...CHARACTERS, " ", "App", "。"), maxLength: 60 });
const word = fc.string({ unit: fc.constantFrom(...CHARACTERS), minLength: 3, maxLength: 6 });

describe("trigram filters", () => {
  it("never rule out a section that contains the word in any of its texts", () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 4 }), { minLength: 1, maxLength: 8 }), word, (sections, query) => {
        const filters = buildTrigramFilters(sections);
        const trigrams = wordTrigrams(query);
        sections.forEach((texts, section) => {
          if (texts.some((one) => one.includes(query))) expect(mayContain(filters, section, trigrams)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("rule out most sections that have every bigram of a word but not the word", () => {
    // 还款 in one place and 借款合同 in another: every bigram of 还款合同, never the word.
    const decoy = "逾期以后先还款，再看借款合同里的约定。";
    const sections = Array.from({ length: 2_000 }, (_, index) => [`${decoy}第${index}节`]);
    const filters = buildTrigramFilters(sections);
    const trigrams = wordTrigrams("还款合同");
    const passed = sections.filter((_, section) => mayContain(filters, section, trigrams)).length;
    expect(passed).toBeLessThan(sections.length * 0.02);
    expect(sections.every((_, section) => mayContain(filters, section, wordTrigrams("借款合同")))).toBe(true);
  });

  it("let about 5 % of absent trigrams through, for sections long and short", () => {
    for (const length of [10, 300, 3_000]) {
      const characters = Array.from({ length: 400 }, (_, index) => String.fromCodePoint(0x4e00 + index));
      const random = (seed: number) => characters[(seed * 7_919 + 13) % characters.length] ?? "一";
      const body = Array.from({ length }, (_, index) => random(index * index + index)).join("");
      const filters = buildTrigramFilters([[body]]);
      const absent = Array.from(
        { length: 2_000 },
        (_, index) => `${random(index)}${random(index + 1)}${String.fromCodePoint(0x9000 + index)}`,
      );
      const passed = absent.filter((query) => !body.includes(query) && mayContain(filters, 0, wordTrigrams(query))).length;
      expect(passed, `${length} characters`).toBeLessThan(absent.length * 0.1);
    }
  });

  it("have nothing to say about words without trigrams: short ones and ones not written in CJK", () => {
    const filters = buildTrigramFilters([["罚息"], [""]]);
    for (const query of ["罚息", "罚", "App", "95188"]) {
      expect(wordTrigrams(query)).toHaveLength(0);
      expect(mayContain(filters, 0, wordTrigrams(query))).toBe(true);
      expect(mayContain(filters, 1, wordTrigrams(query))).toBe(true);
    }
  });

  it("rule out every word of three characters in a section with no run of three", () => {
    const filters = buildTrigramFilters([["罚息 征信 App 协商"]]);
    expect(mayContain(filters, 0, wordTrigrams("罚息征"))).toBe(false);
  });

  it("take trigrams only inside one run of one text: not across a space, a mark or two texts", () => {
    const filters = buildTrigramFilters([["还款 合同", "借款合"]]);
    expect(mayContain(filters, 0, wordTrigrams("还款合同"))).toBe(false);
    expect(mayContain(filters, 0, wordTrigrams("借款合"))).toBe(true);
  });

  it("are checked when read back: they must fit the sections", () => {
    const filters = buildTrigramFilters([["还款合同"], ["借款合同"]]);
    expect(checkTrigramFilters(filters, 2)).toBe(filters);
    expect(() => checkTrigramFilters(filters, 3)).toThrow(/trigram filters/);
    expect(() => checkTrigramFilters({ start: [0, 1], bits: new Uint32Array(1) }, 1)).toThrow(/trigram filters/);
    expect(() => checkTrigramFilters({ ...filters, bits: filters.bits.subarray(1) }, 2)).toThrow(/trigram filters/);
  });
});
