import { queryFromSearchParams, type SearchParams } from "./query-param";

/** The search page's paths, as a reader's address gives them (Simplified unprefixed, or either script named). */
const SEARCH_PAGE = /^\/(?:(zh-Hans|zh-Hant)\/)?search$/;

/**
 * The key of a query's results page, `/<script>/search/<key>`: the query (as `?q=` gives it:
 * trimmed, cut to a sane length) in base64url, so any query (a slash, a lone %) fits in one
 * path segment; undefined when there is nothing to search for.
 */
export function searchResultsKey(params: SearchParams): string | undefined {
  const query = queryFromSearchParams(params);
  return query === "" ? undefined : Buffer.from(query, "utf8").toString("base64url");
}

/** The query a key stands for; undefined for a key `searchResultsKey` would not have made, so each query has one page. */
export function queryFromResultsKey(key: string): string | undefined {
  const query = Buffer.from(key, "base64url").toString("utf8");
  return searchResultsKey({ q: query }) === key ? query : undefined;
}

/**
 * Where `npm start` sends a search (`/search?q=…`, `/zh-Hant/search?q=…`): the results page
 * of its query, which Next renders on its first request and keeps, so a question many readers
 * ask is answered from the cache. Undefined for any other address, and for a search with no
 * query (the form alone, app/[script]/search/page.tsx).
 */
export function searchResultsTarget(target: string): string | undefined {
  const queryStart = target.indexOf("?");
  if (queryStart === -1) return undefined;
  const script = SEARCH_PAGE.exec(target.slice(0, queryStart));
  if (!script) return undefined;
  const key = searchResultsKey({ q: new URLSearchParams(target.slice(queryStart + 1)).getAll("q") });
  return key === undefined ? undefined : `/${script[1] ?? "zh-Hans"}/search/${key}`;
}
