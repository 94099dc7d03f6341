import { lastUpdated, type Article } from "@/lib/content/schema";
import { localize } from "@/lib/script/request-script";
import { readingMinutes } from "@/lib/site/reading-time";
import { ArticleDate } from "./article-date";

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{article.title}</h1>
      <p className="flex flex-wrap gap-x-4 text-sm text-zinc-600 dark:text-zinc-400" data-testid="article-meta">
        <span>
          {localize("最后更新")} <ArticleDate date={lastUpdated(article)} />
        </span>
        {article.updated ? (
          <span>
            {localize("首次发布")} <ArticleDate date={article.date} />
          </span>
        ) : null}
        {article.reviewed ? (
          <span>
            {localize("内容核对于")} <ArticleDate date={article.reviewed} />
          </span>
        ) : null}
        <span>{localize("约 {minutes} 分钟读完", { minutes: readingMinutes(article.characterCount) })}</span>
        {article.draft ? <span className="font-bold text-amber-800 dark:text-amber-300">{localize("草稿（不会发布）")}</span> : null}
      </p>
    </header>
  );
}
