import { describe, expect, it } from "vitest";
import { articleAddress, hasMiscasedScript, isKnownNotFound } from "@/lib/server/not-found-gate";

describe("articleAddress", () => {
  it("reads the slug of an article page or share image in every script, query ignored", () => {
    expect(articleAddress("/articles/a-b/opengraph-image")).toEqual({ slug: "a-b", image: true });
    expect(articleAddress("/zh-Hans/articles/a-b/opengraph-image?859e7fc9")).toEqual({ slug: "a-b", image: true });
    expect(articleAddress("/zh-Hant/articles/a-b/opengraph-image")).toEqual({ slug: "a-b", image: true });
    expect(articleAddress("/articles/a-b")).toEqual({ slug: "a-b", image: false });
    expect(articleAddress("/zh-Hant/articles/%E5%80%9F?x=1")).toEqual({ slug: "%E5%80%9F", image: false });
  });

  it("is undefined for every other address", () => {
    for (const target of [
      "/articles",
      "/articles/",
      "/articles/a-b/opengraph-image/x",
      "/articles/a-b/other",
      "/zh-Hantx/articles/a/opengraph-image",
      "/x/articles/a",
      "/search?q=/articles/a",
    ]) {
      expect(articleAddress(target), target).toBeUndefined();
    }
  });
});

describe("isKnownNotFound", () => {
  const names = { slugs: new Set(["overdue-consequences", "借呗"]), aliases: new Set(["old-name"]) };

  it("refuses pages and images of articles that are not published, and undecodable names", () => {
    expect(isKnownNotFound("/articles/no-such/opengraph-image", names)).toBe(true);
    expect(isKnownNotFound("/zh-Hant/articles/no-such/opengraph-image?x", names)).toBe(true);
    expect(isKnownNotFound("/zh-Hant/articles/no-such", names)).toBe(true);
    expect(isKnownNotFound("/zh-Hans/articles/no-such", names)).toBe(true);
    expect(isKnownNotFound("/articles/%E5/opengraph-image", names)).toBe(true);
    expect(isKnownNotFound("/zh-Hant/articles/%E5", names)).toBe(true);
  });

  it("lets an alias's page through (it redirects) but not an image under the alias", () => {
    expect(isKnownNotFound("/zh-Hant/articles/old-name", names)).toBe(false);
    expect(isKnownNotFound("/zh-Hant/articles/old-name/opengraph-image", names)).toBe(true);
  });

  it("lets through published articles, other addresses, and everything when the site data cannot say", () => {
    expect(isKnownNotFound("/zh-Hans/articles/overdue-consequences/opengraph-image?1", names)).toBe(false);
    expect(isKnownNotFound("/zh-Hant/articles/overdue-consequences", names)).toBe(false);
    expect(isKnownNotFound("/articles/%E5%80%9F%E5%91%97", names)).toBe(false);
    expect(isKnownNotFound("/search?q=no-such", names)).toBe(false);
    expect(isKnownNotFound("/zh-Hant/articles/no-such", undefined)).toBe(false);
  });
});

describe("hasMiscasedScript", () => {
  it("finds a script's name in other letter case as the first segment", () => {
    for (const target of ["/zh-hant", "/zh-hant/articles/a", "/ZH-HANS/search?q=1", "/Zh-Hant/"]) {
      expect(hasMiscasedScript(target), target).toBe(true);
      expect(isKnownNotFound(target, undefined), target).toBe(true);
    }
  });

  it("leaves the scripts as they are spelled, and every other address", () => {
    for (const target of ["/", "/zh-Hant", "/zh-Hans/articles/a", "/articles/zh-hant", "/zh-hantx", "/search?q=/zh-hant"]) {
      expect(hasMiscasedScript(target), target).toBe(false);
    }
  });
});
