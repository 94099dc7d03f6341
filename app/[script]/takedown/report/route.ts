import { listArticleNames } from "@/lib/site/articles";
import { jsonAnswer, seeOther, wantsJson } from "@/lib/forms/form-answers";
import { acceptSubmission, errorsInScript, guardFormPost } from "@/lib/reports/post-guard";
import { newReference } from "@/lib/reports/reference";
import { parseReportForm } from "@/lib/reports/report-form";
import { isSitePage, sitePagePaths } from "@/lib/site/pages";
import { scriptPath } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";

/**
 * The report form's target (`/takedown` posts here). A valid report is committed to the store
 * before anything is answered; then the browser is sent to the page with its reference number
 * (303), or the page's script gets `{ reference, next }` (201). A refused form goes back to
 * `/takedown` with each message next to its field and the input kept (303 to a draft), or
 * `{ errors }` (400) for the script. Floods, foreign origins and malformed bodies get 429, 403
 * and 400 (see lib/reports/post-guard.ts). A post that fills in the honeypot is answered like a
 * success and stored nowhere.
 */
export async function POST(request: Request, { params }: { params: Promise<{ script: string }> }) {
  const guarded = await guardFormPost(request, params);
  if (!guarded.ok) return guarded.response;
  const { script, runtime, fields } = guarded;

  const received = (reference: string) => scriptPath(script, `/takedown/received?ref=${reference}`);
  const succeed = (reference: string) =>
    wantsJson(request) ? jsonAnswer(201, { reference, next: received(reference) }) : seeOther(received(reference));
  if (guarded.fromBot) return succeed(newReference());

  const pages = sitePagePaths(await listArticleNames());
  const parsed = parseReportForm(fields, (path) => isSitePage(path, pages), siteConfig.url);
  if (!parsed.ok) {
    const errors = errorsInScript(parsed.errors, script);
    if (wantsJson(request)) return jsonAnswer(400, { errors });
    const draft = runtime.drafts.keep({ typed: parsed.typed, errors });
    return seeOther(scriptPath(script, `/takedown?draft=${draft}#report-form`));
  }

  const refused = acceptSubmission(request, guarded, "reports");
  if (refused) return refused;
  const { page, section, kind, description, contact } = parsed.values;
  return succeed(runtime.store.addReport({ page, section, kind, description, contact }, new Date()).reference);
}
