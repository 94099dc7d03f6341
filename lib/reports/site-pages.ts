/** Pages that exist whatever the content: the front page, the reader tools, search and this form. */
const FIXED_PAGES = new Set(["/", "/takedown", "/search", "/tools/overdue-cost", "/tools/reminder", "/tools/negotiation-checklist"]);

/**
 * Whether `path` is a page of this site, in either script: a fixed page, a published
 * article (`slugs`) or a page of the article list (2 to `listPageCount`).
 */
export function isSitePage(path: string, slugs: ReadonlySet<string>, listPageCount: number): boolean {
  const simplified = path === "/zh-Hant" ? "/" : path.startsWith("/zh-Hant/") ? path.slice("/zh-Hant".length) : path;
  if (FIXED_PAGES.has(simplified)) return true;
  const article = simplified.match(/^\/articles\/([^/]+)$/);
  if (article) return slugs.has(article[1]!);
  const listPage = simplified.match(/^\/page\/([1-9]\d{0,5})$/);
  return listPage !== null && Number(listPage[1]) >= 2 && Number(listPage[1]) <= listPageCount;
}
