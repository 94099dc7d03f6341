import { SiteLink } from "./site-link";
import { localize } from "@/lib/script/request-script";
import { pageHref, pageWindow } from "@/lib/site/pagination";

const LINK = "rounded px-3 py-1 text-link";

/** Links between list pages; plain links, so it works without JavaScript. */
export function PaginationNav({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const pages = pageWindow(page, pageCount);
  return (
    <nav aria-label={localize("文章列表分页")} className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <SiteLink href={pageHref(page - 1)} rel="prev" className={LINK}>
              {localize("上一页")}
            </SiteLink>
          </li>
        ) : null}
        {pages.map((n, index) => (
          <li key={n} className="flex items-center gap-2">
            {index > 0 && n - (pages[index - 1] ?? n) > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page" className="rounded bg-blue-800 px-3 py-1 font-bold text-white dark:bg-sky-300 dark:text-zinc-950">
                {n}
              </span>
            ) : (
              <SiteLink href={pageHref(n)} className={LINK} aria-label={localize("第 {page} 页", { page: n })}>
                {n}
              </SiteLink>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <SiteLink href={pageHref(page + 1)} rel="next" className={LINK}>
              {localize("下一页")}
            </SiteLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
