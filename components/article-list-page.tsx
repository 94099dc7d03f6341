import type { Article } from "@/lib/content/schema";
import type { Page } from "@/lib/site/pagination";
import { localize } from "@/lib/script/request-script";
import { ArticleList } from "./article-list";
import { PaginationNav } from "./pagination-nav";

/** One page of the article list, newest first, with links to the other pages. */
export function ArticleListPage({ page }: { page: Page<Article> }) {
  return (
    <>
      <h2 className="mt-8 text-lg font-bold text-zinc-700 dark:text-zinc-300">
        {localize(`${page.page === 1 ? "全部文章" : "第 {page} 页"}${page.pageCount > 1 ? "（共 {count} 页）" : ""}`, {
          page: page.page,
          count: page.pageCount,
        })}
      </h2>
      <div className="mt-4">
        <ArticleList articles={page.items} />
      </div>
      <PaginationNav page={page.page} pageCount={page.pageCount} />
    </>
  );
}
