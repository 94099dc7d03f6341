import { describe, expect, it } from "vitest";
import { readingMinutes } from "@/lib/site/reading-time";

describe("readingMinutes", () => {
  it.each([
    [0, 1],
    [1, 1],
    [400, 1],
    [401, 2],
    [2000, 5],
    [2001, 6],
  ])("%i characters take %i minute(s)", (characters, minutes) => {
    expect(readingMinutes(characters)).toBe(minutes);
  });
});
