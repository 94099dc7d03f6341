/**
 * Whether a form post comes from a page of this site (a cross-site request forgery check).
 * Browsers send `Origin` with every POST; it must name the host the request was sent to, or
 * the configured public origin. Without `Origin`, `Sec-Fetch-Site: same-origin` or a `Referer`
 * on the same host is accepted; a post with none of the three is refused.
 */
export function isSameOriginPost(headers: Headers, siteOrigin: string): boolean {
  const host = headers.get("host");
  const matches = (url: string) => {
    try {
      const parsed = new URL(url);
      return parsed.origin === new URL(siteOrigin).origin || (host !== null && parsed.host === host);
    } catch {
      return false;
    }
  };
  const origin = headers.get("origin");
  if (origin !== null) return origin !== "null" && matches(origin);
  if (headers.get("sec-fetch-site") === "same-origin") return true;
  const referer = headers.get("referer");
  return referer !== null && matches(referer);
}
