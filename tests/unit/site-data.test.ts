import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadValidContent, selectVisible } from "@/lib/content/load-content";
import { buildSearchIndex, loadSearchIndex, searchArticles, serializeSearchIndex } from "@/lib/search";
import { contentStamps, openSiteData, readPublishedNames, readSiteData, readSiteSearchIndex, writeSiteData } from "@/lib/site/site-data";

describe("the site data the build writes", () => {
  let contentDir: string;
  let written: string[];

  beforeEach(() => {
    contentDir = mkdtempSync(path.join(tmpdir(), "site-data-"));
    cpSync("tests/fixtures/valid", contentDir, { recursive: true });
    written = [];
  });
  afterEach(() => {
    rmSync(contentDir, { recursive: true, force: true });
    for (const dir of written) rmSync(dir, { recursive: true, force: true });
  });

  async function build() {
    const stamps = contentStamps(contentDir);
    const content = await loadValidContent(contentDir);
    const articles = selectVisible(content.articles, false);
    const data = { articles, situations: content.situations, searchWords: content.searchWords };
    const index = buildSearchIndex(articles, content.searchWords);
    written.push(writeSiteData(contentDir, stamps, data, serializeSearchIndex(index)));
    return { data, index };
  }

  it("is read back as written, search index included", async () => {
    const { data, index } = await build();
    expect(readSiteData(contentDir)).toEqual(data);
    const json = readSiteSearchIndex(contentDir);
    expect(json && searchArticles(loadSearchIndex(json), "罚息")).toEqual(searchArticles(index, "罚息"));
    expect(readPublishedNames(contentDir)).toEqual({
      slugs: data.articles.map((article) => article.slug),
      aliases: data.articles.flatMap((article) => article.aliases),
    });
    expect(readPublishedNames(contentDir)?.aliases.length, "the real content has aliases").toBeGreaterThan(0);
  });

  it("is not used once an article has changed, been added or been removed", async () => {
    await build();
    const article = path.join(contentDir, "articles", "complete-guide.md");
    utimesSync(article, new Date(), new Date(Date.now() + 60_000));
    expect(readSiteData(contentDir)).toBeUndefined();
    expect(readSiteSearchIndex(contentDir)).toBeUndefined();
    expect(readPublishedNames(contentDir)).toBeUndefined();

    await build();
    writeFileSync(path.join(contentDir, "articles", "new-one.md"), "---\ntitle: 新\n---\n");
    expect(readSiteData(contentDir)).toBeUndefined();

    rmSync(path.join(contentDir, "articles", "new-one.md"));
    await build();
    rmSync(article);
    expect(readSiteData(contentDir)).toBeUndefined();
  });

  it("hands a server each article's name at once and the article when asked for", async () => {
    const { data } = await build();
    const reader = openSiteData(contentDir);
    expect(reader?.names).toEqual(data.articles.map(({ slug, aliases }) => ({ slug, aliases })));
    const last = data.articles.length - 1;
    expect(reader?.article(last)).toEqual(data.articles[last]);
    expect(() => reader?.article(last + 1)).toThrow(RangeError);
  });

  it("is not used when one of its files was cut short: the loader parses the folder instead", async () => {
    for (const prefix of ["content-", "articles-"]) {
      await build();
      const [file] = readdirSync(written.at(-1) ?? "").filter((name) => name.startsWith(prefix));
      const full = path.join(written.at(-1) ?? "", file ?? "");
      truncateSync(full, statSync(full).size - 1);
      expect(readSiteData(contentDir), prefix).toBeUndefined();
    }
  });

  it("is not used when a data file changes, and belongs to its own content folder", async () => {
    await build();
    writeFileSync(path.join(contentDir, "search-words.yaml"), "");
    expect(readSiteData(contentDir)).toBeUndefined();
    expect(readSiteData("tests/fixtures/valid")).toBeUndefined();
  });
});
