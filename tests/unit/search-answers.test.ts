import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it, vi } from "vitest";
import { SEARCH_PAGE_SLOT } from "@/components/search-page";
import { toTraditional } from "@/lib/script/convert";
import { SECURITY_HEADERS } from "@/lib/server/security-headers";
import { searchAnswerHeaders, SearchAnswers } from "@/lib/server/search-answers";
import { slotted } from "@/lib/site/html-slot";

const searches = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/site/articles", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/site/articles")>();
  return {
    ...actual,
    searchSite: (query: string) => {
      searches.count += 1;
      return actual.searchSite(query);
    },
  };
});

/** A results page as Next prerenders it: the slot empty, something around it. */
const resultsPage = (path: string) =>
  `<html><title>${path}</title><main><div class="space-y-6">${slotted(SEARCH_PAGE_SLOT, "<p>表单</p>")}</div></main></html>`;

/** `SearchAnswers` over pages from `fetchPage`, with the paths it asked for and the warnings it gave. */
function answers(fetchPage: (path: string) => Promise<string> = async (path) => resultsPage(path)) {
  const fetched: string[] = [];
  const warnings: string[] = [];
  const searchAnswers = new SearchAnswers(
    async (path) => {
      fetched.push(path);
      return fetchPage(path);
    },
    { warn: (message) => warnings.push(message) },
  );
  return { searchAnswers, fetched, warnings };
}

/** The slot's content in a filled page. */
function slotOf(page: string | undefined): string {
  const match = /<!--slot:search-page-->([\s\S]*)<!--\/slot:search-page-->/.exec(page ?? "");
  if (!match?.[1]) throw new Error(`no filled slot in ${page}`);
  return match[1];
}

describe("search answers", () => {
  it("fill the results page of the page's script with the form, the query and its results", async () => {
    const { searchAnswers, fetched } = answers();
    const simplified = await searchAnswers.page({ script: "zh-Hans", query: "罚息" });
    expect(simplified).toMatch(/^<html><title>\/search\/results<\/title><main><div class="space-y-6"><!--slot:search-page-->/);
    const body = slotOf(simplified);
    expect(body).not.toContain("<p>表单</p>");
    expect(body).toContain('value="罚息"');
    expect(body).toContain('action="/search"');
    expect(body).toContain('href="/zh-Hant/search?q=%E7%BD%9A%E6%81%AF"');
    expect(body).toContain('data-testid="search-results"');
    expect(body).toMatch(/<mark[^>]*>罚息<\/mark>/);

    const traditional = slotOf(await searchAnswers.page({ script: "zh-Hant", query: "罚息" }));
    expect(traditional).toContain(`aria-label="${toTraditional("修改搜索词")}"`);
    expect(traditional).toContain('action="/zh-Hant/search"');
    expect(traditional).toContain('href="/search?q=%E7%BD%9A%E6%81%AF"');
    expect(traditional).toMatch(/href="\/zh-Hant\/articles\//);
    expect(fetched).toEqual(["/search/results", "/zh-Hant/search/results"]);
  });

  it("fetch each results page once, however many searches wait for it, and answer a repeated question without searching again", async () => {
    const { searchAnswers, fetched } = answers();
    const pages = await Promise.all(["征信", "协商", "征信"].map((query) => searchAnswers.page({ script: "zh-Hans", query })));
    expect(fetched).toEqual(["/search/results"]);
    expect(pages[0]).toBe(pages[2]);
    const before = searches.count;
    expect(await searchAnswers.page({ script: "zh-Hans", query: "协商" })).toBe(pages[1]);
    expect(searches.count).toBe(before);
    await searchAnswers.page({ script: "zh-Hans", query: "分期" });
    expect(searches.count).toBe(before + 1);
  });

  it("keep what a query holds inside the search box's value, as a browser parses the page", async () => {
    const { searchAnswers } = answers();
    const query = '"><script>alert(1)</script><!--/slot:search-page--><img src=x onerror=alert(2)>';
    const tree = unified()
      .use(rehypeParse, { fragment: true })
      .parse(slotOf(await searchAnswers.page({ script: "zh-Hans", query })));
    const elements: Element[] = [];
    const collect = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        elements.push(child);
        collect(child);
      }
    };
    collect(tree);
    expect(elements.filter((element) => element.tagName === "script" || element.tagName === "img")).toEqual([]);
    const box = elements.find((element) => element.properties.id === "search-page-query");
    expect(box?.properties.value).toBe(query);
  });

  it("say there is no page to fill when the results page cannot be had or has no slot, warn, and ask again next time", async () => {
    let calls = 0;
    const { searchAnswers, warnings } = answers(async (path) => {
      calls += 1;
      if (calls === 1) throw new Error("connection refused");
      if (calls === 2) return "<html>no slot</html>";
      return resultsPage(path);
    });
    expect(await searchAnswers.page({ script: "zh-Hans", query: "罚息" })).toBeUndefined();
    expect(await searchAnswers.page({ script: "zh-Hans", query: "罚息" })).toBeUndefined();
    expect(slotOf(await searchAnswers.page({ script: "zh-Hans", query: "罚息" }))).toContain('value="罚息"');
    expect(warnings).toEqual([
      expect.stringMatching(/^search answers: \/search\/results could not be fetched \(connection refused\)/),
      expect.stringMatching(/^search answers: \/search\/results has no search slot/),
    ]);
  });

  it("are sent with every security header, as HTML that no cache keeps", () => {
    const headers = searchAnswerHeaders({ url: "https://example.org", hstsIncludeSubdomains: false });
    for (const { key, value } of SECURITY_HEADERS) expect(headers[key], key).toBe(value);
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=\d+$/);
    expect(headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(headers["Cache-Control"]).toMatch(/\bno-store\b/);
    expect(
      searchAnswerHeaders({ url: "http://localhost:3000", hstsIncludeSubdomains: false })["Strict-Transport-Security"],
    ).toBeUndefined();
  });
});
