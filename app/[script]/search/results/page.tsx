import type { Metadata } from "next";
import { SearchPage, searchPageMetadata } from "@/components/search-page";
import { enterScript, type ScriptPageProps } from "@/lib/script/request-script";

/**
 * The page every search's results are shown in, prerendered in both scripts with no query
 * (the form alone). `npm start` answers `/search?q=…` by filling this page's search slot
 * with the query's results (lib/server/search-answers.ts), so a question no one asked before
 * costs a search and a small render, not a render of the whole page by Next.
 */
export const dynamic = "error";

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return searchPageMetadata(true);
}

export default async function SearchResultsPage({ params }: ScriptPageProps) {
  await enterScript(params);
  return <SearchPage query="" response={{ kind: "empty" }} />;
}
