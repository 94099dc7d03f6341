import type { Metadata } from "next";
import { LanguageSwitch } from "./language-switch";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";
import { StaticHtml } from "./static-html";
import { localize } from "@/lib/script/request-script";
import type { SearchResponse } from "@/lib/search";

/** The search page's metadata, with a query (its results) or without (the form alone). */
export function searchPageMetadata(hasQuery: boolean): Metadata {
  return {
    // Never the query itself: a link could make the title say anything on this site's domain.
    title: localize(hasQuery ? "搜索结果" : "搜索"),
    // Result pages are endless variations of the articles: keep them out of search engines.
    robots: { index: false, follow: true },
  };
}

/** The slot of the search page that holds its form and its answer (`SearchPage`). */
export const SEARCH_PAGE_SLOT = "search-page";

interface SearchPageProps {
  query: string;
  response: SearchResponse;
}

/** What the search page shows: its form, with the query in it, and the answer to that query. */
export function SearchPageBody({ query, response }: SearchPageProps) {
  return (
    <>
      <LanguageSwitch path={query ? `/search?q=${encodeURIComponent(query)}` : "/search"} />
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("搜索")}</h1>
      <SearchForm query={query} />
      <SearchResults response={response} />
    </>
  );
}

/**
 * The search page, sent as static HTML in the slot `SEARCH_PAGE_SLOT`: `npm start` answers a
 * query by putting `SearchPageBody` for it into that slot of the prerendered results page
 * (lib/server/search-answers.ts). Nothing in it needs JavaScript.
 */
export function SearchPage(props: SearchPageProps) {
  return (
    <StaticHtml as="div" className="space-y-6" slot={SEARCH_PAGE_SLOT}>
      <SearchPageBody {...props} />
    </StaticHtml>
  );
}
