import type { Article } from "@/lib/content/schema";
import { ArticleDate } from "./article-date";

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{article.title}</h1>
      <p className="flex flex-wrap gap-x-4 text-sm text-zinc-600 dark:text-zinc-400">
        <span>
          发布于 <ArticleDate date={article.date} />
        </span>
        {article.updated && article.updated !== article.date ? (
          <span>
            更新于 <ArticleDate date={article.updated} />
          </span>
        ) : null}
        {article.draft ? <span className="font-bold text-amber-800 dark:text-amber-300">草稿（不会发布）</span> : null}
      </p>
    </header>
  );
}
