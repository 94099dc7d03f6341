import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchPage, searchPageMetadata } from "@/components/search-page";
import { enterScript } from "@/lib/script/request-script";
import { queryFromResultsKey } from "@/lib/search/results-path";
import { searchSite } from "@/lib/site/articles";

interface SearchResultsPageProps {
  params: Promise<{ script: string; query: string }>;
}

/**
 * The results of one query: `npm start` sends `/search?q=…` here without changing the
 * reader's address (`searchResultsTarget`). No query is prerendered; each is rendered on its
 * first request and kept by Next, in memory only (next.config.ts), like the older articles.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: SearchResultsPageProps): Promise<Metadata> {
  await enterScript(params);
  return searchPageMetadata(true);
}

export default async function SearchResultsPage({ params }: SearchResultsPageProps) {
  await enterScript(params);
  const query = queryFromResultsKey((await params).query);
  if (query === undefined) notFound();
  return <SearchPage query={query} response={await searchSite(query)} />;
}
