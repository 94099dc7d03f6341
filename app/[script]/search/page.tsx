import type { Metadata } from "next";
import { SearchPage } from "@/components/search-page";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { searchSite } from "@/lib/site/articles";
import { queryFromSearchParams, type SearchParams } from "@/lib/search/query-param";

interface SearchPageProps extends ScriptPageProps {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  await enterScript(params);
  const query = queryFromSearchParams(await searchParams);
  return {
    // Never the query itself: a link could make the title say anything on this site's domain.
    title: query ? localize("搜索结果") : localize("搜索"),
    // Result pages are endless variations of the articles: keep them out of search engines.
    robots: { index: false, follow: true },
  };
}

/**
 * The search form, and the results of `?q=` when one reaches here: `npm start` sends every
 * query to ./[query]/page.tsx, whose pages are kept (`searchResultsTarget`), so in production
 * this renders the form alone; `next dev` answers queries here.
 */
export default async function SearchFormPage({ params, searchParams }: SearchPageProps) {
  await enterScript(params);
  const query = queryFromSearchParams(await searchParams);
  return <SearchPage query={query} response={await searchSite(query)} />;
}
