import { siteSecurityHeaderFields } from "./security-headers";
import { siteConfig } from "../site/config";

/** Methods the site answers: pages and files are read with GET and HEAD; forms post with POST. */
export const SERVED_METHODS = ["GET", "HEAD", "POST"] as const;

/** The `Allow` header of every answer to another method. */
export const ALLOW_HEADER = [...SERVED_METHODS, "OPTIONS"].join(", ");

/**
 * What the server does with a request method before the framework sees it. Next answers
 * TRACE with 500 (it builds a WHATWG `Request`, which refuses TRACE) and OPTIONS on pages
 * with 400, so those and every other method are answered by the server: OPTIONS with 204
 * and the methods allowed, anything else with 405.
 */
export function methodDecision(method: string | undefined): "serve" | "options" | "not-allowed" {
  if ((SERVED_METHODS as readonly string[]).includes(method ?? "")) return "serve";
  return method === "OPTIONS" ? "options" : "not-allowed";
}

const SECURITY_HEADER_FIELDS = siteSecurityHeaderFields(siteConfig);

/** Headers of the server's own answers (204, 405, 404, 413, 400): the site's security headers, and `Allow`. */
export function rejectionHeaders(contentLength: number, allow = ALLOW_HEADER): Record<string, string> {
  return {
    ...SECURITY_HEADER_FIELDS,
    Allow: allow,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(contentLength),
    "Cache-Control": "no-store",
  };
}

/**
 * Whether a request target's path cannot be decoded (`/articles/%`, `/articles/%ZZ`, or bytes
 * that are not UTF-8 such as `%E5`). Next answers such URLs on dynamic routes with a 500, so the
 * server sends them to the 404 page instead.
 */
export function hasUndecodablePath(target: string | undefined): boolean {
  const path = (target ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * The request header in which Next's client router sends its state with a client-side
 * navigation. The site makes none (its links are plain anchors), so `npm start`'s server drops
 * the header from every request: Next 16.4.6 answered a request whose value it could not read
 * (not JSON, not a router state, sent twice) with 500 on every page it renders per request (the
 * not-found page, search, the tools), and without the header Next answers as to any request.
 */
export const ROUTER_STATE_HEADER = "next-router-state-tree";
