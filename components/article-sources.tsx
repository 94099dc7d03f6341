import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import type { Source } from "@/lib/content/schema";
import { localize } from "@/lib/script/request-script";
import { ArticleDate } from "./article-date";

/**
 * "依据": the laws, regulations and notices an article relies on, with the official page where
 * one exists, and the day a person last checked the article against them.
 */
export function ArticleSources({ sources, reviewed }: { sources: readonly Source[]; reviewed: string | undefined }) {
  if (sources.length === 0) return null;
  return (
    <section
      aria-labelledby={PAGE_ANCHOR_IDS.sources}
      data-testid="article-sources"
      className="border-t border-zinc-200 pt-6 text-[0.9375rem] dark:border-zinc-800"
    >
      <h2 id={PAGE_ANCHOR_IDS.sources} className="text-lg font-bold">
        {localize("依据")}
      </h2>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {localize("本文说到的规则出自下面这些法律、法规和通知，条文以官方发布的版本为准。")}
        {reviewed ? (
          <>
            {localize("内容核对于")} <ArticleDate date={reviewed} />。
          </>
        ) : null}
      </p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sources.map((source) => (
          <li key={source.title}>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer" className="text-link">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
