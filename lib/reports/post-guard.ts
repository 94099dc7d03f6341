import { clientAddress } from "../http/client-address";
import { readFormBody } from "../http/form-body";
import { refusal } from "../http/form-answers";
import { inScript } from "../script/in-script";
import { isSameOriginPost } from "../http/same-origin";
import type { Script } from "../script/request-script";
import { siteConfig } from "../site-config";
import type { RawFields } from "../tools/form-input";
import type { SlidingWindowLimiter } from "./rate-limit";

/** The largest form post accepted: a report at its longest is well under 16 KiB. */
export const MAX_FORM_BYTES = 16 * 1024;

/** The 429 message: why, when to try again, and another way to reach the editors. */
export function tooManyMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `提交得太频繁了。为了防止滥用，同一网络在一段时间内能提交的次数有限，请 ${minutes} 分钟后再试。情况紧急的话，也可以发邮件到 ${siteConfig.reportEmail}。`;
}

/** A refusal for too many posts, with `Retry-After`. */
export function tooMany(request: Request, script: Script, retryAfterSeconds: number): Response {
  return refusal(request, 429, inScript(script, tooManyMessage(retryAfterSeconds)), { "Retry-After": String(retryAfterSeconds) });
}

/**
 * What every form post passes before its fields are read: it must come from this site's
 * pages, the client must not be flooding (`posts`), and the body must be a form of at most
 * 16 KiB. Refusals are 403, 429 and 400, each with a Chinese message.
 */
export async function guardFormPost(
  request: Request,
  script: Script,
  posts: SlidingWindowLimiter,
): Promise<{ ok: true; fields: RawFields; client: string } | { ok: false; response: Response }> {
  if (!isSameOriginPost(request.headers, siteConfig.url)) {
    return { ok: false, response: refusal(request, 403, inScript(script, "请从本站的网页上提交表单。")) };
  }
  const client = clientAddress(request.headers);
  const flood = posts.take(client, Date.now());
  if (!flood.allowed) return { ok: false, response: tooMany(request, script, flood.retryAfterSeconds) };
  const body = await readFormBody(request, MAX_FORM_BYTES);
  if (!body.ok) return { ok: false, response: refusal(request, 400, inScript(script, body.message)) };
  return { ok: true, fields: body.fields, client };
}
