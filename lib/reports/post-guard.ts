import { clientAddress } from "../http/client-address";
import { readFormBody } from "../http/form-body";
import { refusal } from "../http/form-answers";
import { inScript } from "../script/in-script";
import { isSameOriginPost } from "../http/same-origin";
import { scriptFrom, type Script } from "../script/request-script";
import { siteConfig } from "../site-config";
import { firstValue, type RawFields } from "../tools/form-input";
import { HONEYPOT_FIELD } from "./report-form";
import { reportsRuntime } from "./runtime";

/** The largest form post accepted: a report at its longest is well under 16 KiB. */
const MAX_FORM_BYTES = 16 * 1024;

/** The 429 message: why, when to try again, and another way to reach the editors. */
function tooManyMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const byMail = siteConfig.reportEmailIsPlaceholder ? "" : `情况紧急的话，也可以发邮件到 ${siteConfig.reportEmail}。`;
  return `提交得太频繁了。为了防止滥用，同一网络在一段时间内能提交的次数有限，请 ${minutes} 分钟后再试。${byMail}`;
}

/** A refusal for too many posts, with `Retry-After`. */
export function tooMany(request: Request, script: Script, retryAfterSeconds: number): Response {
  return refusal(request, 429, inScript(script, tooManyMessage(retryAfterSeconds)), { "Retry-After": String(retryAfterSeconds) });
}

/** A form post that passed the guard: its page's script, the fields, who sent it, and whether a bot filled in the honeypot. */
export interface GuardedPost {
  ok: true;
  script: Script;
  runtime: ReturnType<typeof reportsRuntime>;
  fields: RawFields;
  client: string;
  fromBot: boolean;
}

/**
 * What every form post passes before its fields are read: it must come from this site's
 * pages, the client must not be flooding, and the body must be a form of at most 16 KiB.
 * Refusals are 403, 429 and 400, each with a Chinese message in the script of the page the
 * form was on (the route's `script` param).
 */
export async function guardFormPost(request: Request, params: Promise<{ script: string }>): Promise<GuardedPost | { ok: false; response: Response }> {
  const script = scriptFrom((await params).script);
  if (!isSameOriginPost(request.headers, siteConfig.url)) {
    return { ok: false, response: refusal(request, 403, inScript(script, "请从本站的网页上提交表单。")) };
  }
  const runtime = reportsRuntime();
  const client = clientAddress(request.headers);
  const flood = runtime.posts.take(client, Date.now());
  if (!flood.allowed) return { ok: false, response: tooMany(request, script, flood.retryAfterSeconds) };
  const body = await readFormBody(request, MAX_FORM_BYTES);
  if (!body.ok) return { ok: false, response: refusal(request, 400, inScript(script, body.message)) };
  return { ok: true, script, runtime, fields: body.fields, client, fromBot: firstValue(body.fields[HONEYPOT_FIELD]) !== "" };
}

/** A refused form's messages in the script of its page. */
export function errorsInScript(errors: Partial<Record<string, string>>, script: Script): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, inScript(script, message ?? "")]));
}
