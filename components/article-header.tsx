import { lastUpdated, type Article } from "@/lib/content/schema";
import { localize } from "@/lib/script/request-script";
import { readingMinutes } from "@/lib/reading-time";
import { ArticleDate } from "./article-date";

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{article.title}</h1>
      <p className="flex flex-wrap gap-x-4 text-sm text-zinc-600 dark:text-zinc-400" data-testid="article-meta">
        <span>
          最后更新 <ArticleDate date={lastUpdated(article)} />
        </span>
        {article.updated ? (
          <span>
            首次发布 <ArticleDate date={article.date} />
          </span>
        ) : null}
        <span>约 {readingMinutes(article.characterCount)} 分钟读完</span>
        {article.draft ? <span className="font-bold text-amber-800 dark:text-amber-300">{localize("草稿（不会发布）")}</span> : null}
      </p>
    </header>
  );
}
