import { methodDecision } from "./http-methods";

/** The largest form post accepted: a report at its longest is well under 16 KiB. */
export const MAX_FORM_BYTES = 16 * 1024;

/** The only paths that take a POST (in either script): the report form and the "was this helpful?" answer. */
export const FORM_POST_PATHS: readonly string[] = ["/takedown/report", "/feedback"];

/** Methods a page that is not a form route answers. */
export const PAGE_METHODS = "GET, HEAD, OPTIONS";

/** What the server does with a request before the framework reads a byte of its body. */
export type GateDecision =
  | { kind: "serve" }
  /** Answered here: `allow` is the Allow header of a 405; `close` ends the connection, so an unread body is never read. */
  | { kind: "answer"; status: number; body: string; allow?: string; close: boolean };

const NO_SUCH_ACTION = "没有这个操作。\n";
const NOT_ALLOWED = "不支持这种请求方式。\n";
const NOT_A_FORM = "这个页面不接受提交。请回到页面上，用页面里的表单提交。\n";
const TOO_LARGE = `提交的内容太大了（最多 ${MAX_FORM_BYTES / 1024} KB），请删减说明后再提交。\n`;

/** The path of a request target without its query, in Simplified form (`/zh-Hant/feedback` → `/feedback`). */
function simplifiedPath(target: string): string {
  const path = target.split("?")[0] ?? "/";
  return path.startsWith("/zh-Hant/") ? path.slice("/zh-Hant".length) : path;
}

/**
 * The answer a request gets before Next sees it, or "serve". Next would read, and for its
 * proxy buffer up to 10 MB of, the body of any POST; so a request naming a server action (the
 * site has none) gets 404, a POST anywhere but the form routes 405, and a form post that
 * declares more than MAX_FORM_BYTES 413, each at once and with the connection closed, so a
 * client that sends its body slowly holds nothing. Methods the site does not serve get 405
 * (OPTIONS 204), as `methodDecision` says.
 */
export function gateRequest(
  method: string | undefined,
  target: string,
  headers: { [name: string]: string | string[] | undefined },
): GateDecision {
  const byMethod = methodDecision(method);
  if (byMethod === "options") return { kind: "answer", status: 204, body: "", close: false };
  if (byMethod === "not-allowed") return { kind: "answer", status: 405, body: NOT_ALLOWED, close: true };
  if (headers["next-action"] !== undefined) return { kind: "answer", status: 404, body: NO_SUCH_ACTION, close: true };
  if (method !== "POST") return { kind: "serve" };
  if (!FORM_POST_PATHS.includes(simplifiedPath(target)))
    return { kind: "answer", status: 405, body: NOT_A_FORM, allow: PAGE_METHODS, close: true };
  const declared = Number(headers["content-length"] ?? 0);
  if (declared > MAX_FORM_BYTES) return { kind: "answer", status: 413, body: TOO_LARGE, close: true };
  return { kind: "serve" };
}
