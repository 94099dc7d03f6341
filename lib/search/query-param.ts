/** Next's search params: each name maps to one value, several, or none. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Longest `q` kept from a URL; the search itself uses at most MAX_QUERY_LENGTH of it. */
const MAX_PARAM_LENGTH = 200;

/** The reader's query from `?q=`: the first value when repeated, trimmed, and cut to a sane length. */
export function queryFromSearchParams(params: SearchParams): string {
  const value = params.q;
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").trim().slice(0, MAX_PARAM_LENGTH);
}
