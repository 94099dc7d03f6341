import { scriptFrom, scriptPath, type Script } from "../script/request-script";
import { queryFromSearchParams } from "./query-param";

/** The search page's paths, as a reader's address gives them (Simplified unprefixed, or either script named). */
const SEARCH_PAGE = /^\/(?:(zh-Hans|zh-Hant)\/)?search$/;

/** The page each search's results are shown in (app/[script]/search/results/page.tsx). */
export const SEARCH_RESULTS_PATH = "/search/results";

/** A reader's search: the script of the page asked for and the query, as `?q=` gives it (see `queryFromSearchParams`). */
export interface SearchAnswerRequest {
  script: Script;
  query: string;
}

/**
 * The search a request target asks for (`/search?q=…`, `/zh-Hant/search?q=…`), which `npm
 * start` answers itself (lib/server/search-answers.ts). Undefined for any other address, and
 * for a search with nothing to look for, which is the form alone (app/[script]/search/page.tsx).
 */
export function searchAnswerRequest(target: string): SearchAnswerRequest | undefined {
  const queryStart = target.indexOf("?");
  if (queryStart === -1) return undefined;
  const script = SEARCH_PAGE.exec(target.slice(0, queryStart));
  if (!script) return undefined;
  const query = queryFromSearchParams({ q: new URLSearchParams(target.slice(queryStart + 1)).getAll("q") });
  return query === "" ? undefined : { script: scriptFrom(script[1] ?? "zh-Hans"), query };
}

/** Where the results page of `script` is served. */
export function searchResultsPath(script: Script): string {
  return scriptPath(script, SEARCH_RESULTS_PATH);
}
