import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { SearchForm } from "@/components/search-form";
import { SearchResults } from "@/components/search-results";
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

export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  await enterScript(params);
  const query = queryFromSearchParams(await searchParams);
  const response = await searchSite(query);
  return (
    <div className="space-y-6">
      <LanguageSwitch path={query ? `/search?q=${encodeURIComponent(query)}` : "/search"} />
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("搜索")}</h1>
      <SearchForm query={query} />
      <SearchResults response={response} />
    </div>
  );
}
