import { describe, expect, it } from "vitest";
import { isUnpublishedShareImage, shareImageSlug } from "@/lib/server/share-image-gate";

describe("shareImageSlug", () => {
  it("reads the slug of a share image's address in every script, query ignored", () => {
    expect(shareImageSlug("/articles/a-b/opengraph-image")).toBe("a-b");
    expect(shareImageSlug("/zh-Hans/articles/a-b/opengraph-image?859e7fc9")).toBe("a-b");
    expect(shareImageSlug("/zh-Hant/articles/a-b/opengraph-image")).toBe("a-b");
  });

  it("is undefined for every other address", () => {
    for (const target of [
      "/articles/a-b",
      "/articles/a-b/opengraph-image/x",
      "/articles/opengraph-image",
      "/zh-Hantx/articles/a/opengraph-image",
      "/x/articles/a/opengraph-image",
    ]) {
      expect(shareImageSlug(target), target).toBeUndefined();
    }
  });
});

describe("isUnpublishedShareImage", () => {
  const published = new Set(["overdue-consequences", "借呗"]);

  it("refuses the image of an article that is not published, and an undecodable name", () => {
    expect(isUnpublishedShareImage("/articles/no-such/opengraph-image", published)).toBe(true);
    expect(isUnpublishedShareImage("/zh-Hant/articles/no-such/opengraph-image?x", published)).toBe(true);
    expect(isUnpublishedShareImage("/articles/%E5/opengraph-image", published)).toBe(true);
  });

  it("lets through published articles' images, other addresses, and everything when the site data cannot say", () => {
    expect(isUnpublishedShareImage("/zh-Hans/articles/overdue-consequences/opengraph-image?1", published)).toBe(false);
    expect(isUnpublishedShareImage("/articles/%E5%80%9F%E5%91%97/opengraph-image", published)).toBe(false);
    expect(isUnpublishedShareImage("/articles/no-such", published)).toBe(false);
    expect(isUnpublishedShareImage("/articles/no-such/opengraph-image", undefined)).toBe(false);
  });
});
