import { LRUCache } from "lru-cache";
import { createElement } from "react";
import { SEARCH_PAGE_SLOT, SearchPageBody } from "../../components/search-page";
import { searchResultsPath, type SearchAnswerRequest } from "../search/answer-request";
import { renderInScript, type Script } from "../script/request-script";
import { searchSite } from "../site/articles";
import { fillSlot, hasSlot } from "../site/html-slot";
import { staticMarkup } from "../site/static-markup";
import { siteSecurityHeaderFields } from "./security-headers";

/**
 * What the search page's slot holds for `query` in `script`: its form and its answer, as
 * `SearchPage` renders them when Next renders the page (`SearchPageBody`, the same static markup).
 */
export async function searchPageBody(script: Script, query: string): Promise<string> {
  return renderInScript(script, async () => {
    const response = await searchSite(query);
    return (await staticMarkup(createElement(SearchPageBody, { query, response }))).html;
  });
}

/**
 * The headers of an answer: those of every page of a site with `config` (its security headers),
 * HTML, and never kept by any cache, as Next sends a page rendered for one request (the query
 * is what a reader typed).
 */
export function searchAnswerHeaders(config: { url: string; hstsIncludeSubdomains: boolean }): Record<string, string> {
  return {
    ...siteSecurityHeaderFields(config),
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
  };
}

/** Room for the slots of a few thousand recent searches (about 4 KB each, UTF-16). */
const DEFAULT_BODY_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The answers `npm start` gives to searches (`/search?q=…`) without Next rendering a page:
 * Next prerenders the results page (app/[script]/search/results/page.tsx) with its search slot
 * empty; each answer is that page with the slot filled for the query (`searchPageBody`). The
 * slot is static HTML that React neither compares nor changes when it hydrates, so the page
 * works the same with JavaScript as without. Rendering a page costs Next about 7 ms on this
 * machine however little it holds, and 15 ms when it also keeps it; the slot costs well
 * under 1 ms (docs/performance.md).
 *
 * The slots of recent searches are kept (`bodyCacheBytes`, least recently used out first), so a
 * question many readers ask costs a look-up; one no one asked before costs the search.
 *
 * `fetchPage` gets a page of this site, as the server serves it, for its path; each script's
 * results page is fetched once and kept. When it cannot be had, or has no slot, `page` says so
 * (undefined) and the caller lets Next render the search page itself; it is asked for again
 * on the next search.
 */
export class SearchAnswers {
  private readonly resultsPages = new Map<Script, Promise<string | undefined>>();
  /** Slots by script and query; a key's length counts too, as a query may be 200 characters. */
  private readonly bodies: LRUCache<string, string>;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly fetchPage: (path: string) => Promise<string>,
    { bodyCacheBytes = DEFAULT_BODY_CACHE_BYTES, warn = console.error }: { bodyCacheBytes?: number; warn?: (message: string) => void } = {},
  ) {
    this.warn = warn;
    this.bodies = new LRUCache({ maxSize: bodyCacheBytes, sizeCalculation: (body, key) => 2 * (body.length + key.length) });
  }

  /** The whole results page for a search, or undefined when there is no results page to fill. */
  async page({ script, query }: SearchAnswerRequest): Promise<string | undefined> {
    const resultsPage = await this.resultsPage(script);
    if (resultsPage === undefined) return undefined;
    const key = `${script}\n${query}`;
    let body = this.bodies.get(key);
    if (body === undefined) {
      body = await searchPageBody(script, query);
      this.bodies.set(key, body);
    }
    return fillSlot(resultsPage, SEARCH_PAGE_SLOT, body);
  }

  private resultsPage(script: Script): Promise<string | undefined> {
    const known = this.resultsPages.get(script);
    if (known) return known;
    const path = searchResultsPath(script);
    const fetched = this.fetchPage(path).then(
      (page) => {
        if (hasSlot(page, SEARCH_PAGE_SLOT)) return page;
        this.warn(`search answers: ${path} has no search slot; Next renders each search until it has one`);
        return undefined;
      },
      (error: unknown) => {
        this.warn(
          `search answers: ${path} could not be fetched (${error instanceof Error ? error.message : String(error)}); Next renders each search meanwhile`,
        );
        return undefined;
      },
    );
    this.resultsPages.set(script, fetched);
    void fetched.then((page) => {
      if (page === undefined) this.resultsPages.delete(script);
    });
    return fetched;
  }
}
