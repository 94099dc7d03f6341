import { clientAddress } from "../forms/client-address";
import { readFormBody } from "../forms/form-body";
import { MAX_FORM_BYTES } from "../server/request-gate";
import { refusal } from "../forms/form-answers";
import { inScript } from "../script/in-script";
import { isSameOriginPost } from "../forms/same-origin";
import { scriptFrom, type Script } from "../script/request-script";
import { siteConfig } from "../site/config";
import { firstValue, type RawFields } from "../forms/form-input";
import { HONEYPOT_FIELD } from "./report-form";
import { rateLimitKey } from "./client-key";
import { takeFromAll } from "./rate-limit";
import { reportsRuntime } from "./runtime";

/** The 429 message: why, when to try again, and another way to reach the editors. */
function tooManyMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const byMail = siteConfig.reportEmailIsPlaceholder ? "" : `情况紧急的话，也可以发邮件到 ${siteConfig.reportEmail}。`;
  return `提交得太频繁了。为了防止滥用，同一网络在一段时间内能提交的次数有限，请 ${minutes} 分钟后再试。${byMail}`;
}

/** The 429 message when the whole site has taken all the reports and feedback it takes in an hour. */
function siteBusyMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const byMail = siteConfig.reportEmailIsPlaceholder ? "" : `情况紧急的话，也可以发邮件到 ${siteConfig.reportEmail}。`;
  return `这一个小时里，本站收到的举报和反馈已经到了上限。为了防止有人用大量提交淹没真正的举报，暂时不再接收，请 ${minutes} 分钟后再试。${byMail}`;
}

/** A refusal for too many posts, with `Retry-After`. */
export function tooMany(request: Request, script: Script, retryAfterSeconds: number, message = tooManyMessage): Response {
  return refusal(request, 429, inScript(script, message(retryAfterSeconds)), { "Retry-After": String(retryAfterSeconds) });
}

/**
 * Counts an accepted report or feedback answer against its client's limit and the site-wide
 * hourly ceiling, both or neither; a 429 when either is used up (the site-wide one says so).
 */
export function acceptSubmission(request: Request, post: GuardedPost, kind: "reports" | "feedback"): Response | undefined {
  const { runtime, script, client } = post;
  const now = Date.now();
  const siteWide = runtime.siteWide.check("site", now);
  if (!siteWide.allowed) return tooMany(request, script, siteWide.retryAfterSeconds, siteBusyMessage);
  const accepted = takeFromAll(
    [
      { limiter: runtime[kind], key: client },
      { limiter: runtime.siteWide, key: "site" },
    ],
    now,
  );
  return accepted.allowed ? undefined : tooMany(request, script, accepted.retryAfterSeconds);
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
export async function guardFormPost(
  request: Request,
  params: Promise<{ script: string }>,
): Promise<GuardedPost | { ok: false; response: Response }> {
  const script = scriptFrom((await params).script);
  if (!isSameOriginPost(request.headers, siteConfig.url)) {
    return { ok: false, response: refusal(request, 403, inScript(script, "请从本站的网页上提交表单。")) };
  }
  const runtime = reportsRuntime();
  // Counted per address, an IPv6 client per /64 (it may use any address of its network).
  const client = rateLimitKey(clientAddress(request.headers));
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
