import type { Metadata } from "next";
import { LanguageSwitch } from "./language-switch";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";
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

/** The search page: its form, with the query in it, and the answer to that query. */
export function SearchPage({ query, response }: { query: string; response: SearchResponse }) {
  return (
    <div className="space-y-6">
      <LanguageSwitch path={query ? `/search?q=${encodeURIComponent(query)}` : "/search"} />
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("搜索")}</h1>
      <SearchForm query={query} />
      <SearchResults response={response} />
    </div>
  );
}
