import { firstValue, type RawFields } from "../forms/form-input";
import { REPORT_LIMITS, type ReportField, type ReportKind } from "./report-form";

/**
 * The report form's fields filled in from its address: an article's "report an error" link
 * gives the page and section (`?page=/articles/…&section=process`), and may give the kind.
 * Values are only shown again in the form, cut to the form's own limits; the post is checked.
 */
export function reportDraftFromQuery(query: RawFields, kinds: readonly ReportKind[]): Partial<Record<ReportField, string>> {
  const page = firstValue(query.page).slice(0, REPORT_LIMITS.pageChars);
  const section = firstValue(query.section).slice(0, REPORT_LIMITS.sectionChars);
  const kind = firstValue(query.kind);
  return {
    ...(page ? { page } : {}),
    ...(section ? { section } : {}),
    ...((kinds as readonly string[]).includes(kind) ? { kind } : {}),
  };
}
