import type { Metadata } from "next";
import { SearchPage, searchPageMetadata } from "@/components/search-page";
import { enterScript, type ScriptPageProps } from "@/lib/script/request-script";
import { searchSite } from "@/lib/site/articles";
import { queryFromSearchParams, type SearchParams } from "@/lib/search/query-param";

interface SearchPageProps extends ScriptPageProps {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  await enterScript(params);
  return searchPageMetadata(queryFromSearchParams(await searchParams) !== "");
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
