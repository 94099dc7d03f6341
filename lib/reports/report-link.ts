/** The report form filled in for an article (`/articles/<slug>`) and, when given, a section of it: the "报告错误" links. */
export function reportLinkHref(articlePath: string, section?: string): string {
  const query = new URLSearchParams({ page: articlePath });
  if (section) query.set("section", section);
  query.set("kind", "factual-error");
  return `/takedown?${query.toString()}#report-form`;
}
