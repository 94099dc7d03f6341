/** Articles per list page: keeps every list page small however large the site grows. */
export const ARTICLES_PER_PAGE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based number of this page. */
  page: number;
  pageCount: number;
}

/** The `page`-th slice of `items`, or undefined when there is no such page. Page 1 always exists. */
export function paginate<T>(items: readonly T[], page: number, size = ARTICLES_PER_PAGE): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount };
}

/** The URL of a list page: the home page is page 1. */
export function pageHref(page: number): string {
  return page === 1 ? "/" : `/page/${page}`;
}

/** Page numbers to link to around `page`: the first, the last and up to two neighbours each side. */
export function pageWindow(page: number, pageCount: number): number[] {
  const pages = new Set([1, pageCount]);
  for (let n = page - 2; n <= page + 2; n += 1) if (n >= 1 && n <= pageCount) pages.add(n);
  return [...pages].sort((a, b) => a - b);
}
