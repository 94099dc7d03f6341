/** The report form filled in for an article, and a section of it when given: the "报告错误" links. */
export function reportLinkHref(slug: string, section?: string): string {
  const query = new URLSearchParams({ page: `/articles/${slug}` });
  if (section) query.set("section", section);
  query.set("kind", "factual-error");
  return `/takedown?${query.toString()}#report-form`;
}
