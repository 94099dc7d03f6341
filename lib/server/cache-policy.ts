import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * How long a shared cache (nginx in front, a CDN) may keep a page that is the same for every
 * reader: 5 minutes, then another 5 while it asks again in the background, and a day when the
 * app does not answer. Browsers ask every time (`max-age=0`), which costs a 304 when nothing
 * changed. So a corrected article reaches readers within minutes, or at once after a purge.
 */
export const SHARED_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=300, stale-if-error=86400";

/**
 * The Cache-Control to send instead of `value`: Next marks every prerendered or kept page
 * `s-maxage=31536000`, a year in any shared cache, which becomes SHARED_PAGE_CACHE_CONTROL.
 * Anything private or not to be stored, and anything without `s-maxage` (hashed assets,
 * which never change, and pages rendered per request), is left as it is.
 */
export function sharedCacheControl(value: unknown): unknown {
  if (typeof value !== "string" || !/\bs-maxage=/i.test(value) || /\b(private|no-store|no-cache)\b/i.test(value)) return value;
  return SHARED_PAGE_CACHE_CONTROL;
}

/** Applies `sharedCacheControl` to a response's headers when they are sent, whoever set them and however. */
export function applySharedCachePolicy(response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]): ServerResponse {
    const current = this.getHeader("Cache-Control");
    if (current !== undefined) this.setHeader("Cache-Control", sharedCacheControl(current) as string);
    const headers = args.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg));
    if (headers) {
      for (const name of Object.keys(headers)) {
        if (name.toLowerCase() === "cache-control") headers[name] = sharedCacheControl(headers[name]) as string;
      }
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
}
