import { SiteLink } from "./site-link";
import { localize } from "@/lib/script/request-script";
import type { Article } from "@/lib/content/schema";
import { ArticleDate } from "./article-date";
import { KindBadges } from "./kind-badges";

export function ArticleList({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return <p>{localize("还没有发布文章。")}</p>;
  return (
    <ol className="space-y-6" data-testid="article-list">
      {articles.map((article) => (
        <li key={article.slug} className="border-b border-zinc-200 pb-6 last:border-b-0 dark:border-zinc-800">
          <h3 className="text-xl font-bold leading-snug">
            <SiteLink href={`/articles/${article.slug}`} className="text-blue-800 underline-offset-4 hover:underline dark:text-sky-300">
              {localize(article.title)}
            </SiteLink>
          </h3>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">{localize(article.description)}</p>
          <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-zinc-600 dark:text-zinc-400">
            <ArticleDate date={article.date} />
            <KindBadges sections={article.sections} />
          </div>
        </li>
      ))}
    </ol>
  );
}
