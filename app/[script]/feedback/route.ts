import { listArticleNames } from "@/lib/site/articles";
import { jsonAnswer, refusal, seeOther, wantsJson } from "@/lib/forms/form-answers";
import { parseFeedbackForm } from "@/lib/reports/feedback-form";
import { acceptSubmission, errorsInScript, guardFormPost } from "@/lib/reports/post-guard";
import { scriptPath } from "@/lib/script/request-script";
import { firstValue } from "@/lib/forms/form-input";

/**
 * The "was this helpful?" form's target. An answer is committed before it is acknowledged:
 * 303 to the thank-you page, or 201 for the page's script. A refused answer gets 400 with the
 * reasons (the form's own controls make that rare); floods, foreign origins and malformed
 * bodies get 429, 403 and 400; a filled-in honeypot is thanked and dropped.
 */
export async function POST(request: Request, { params }: { params: Promise<{ script: string }> }) {
  const guarded = await guardFormPost(request, params);
  if (!guarded.ok) return guarded.response;
  const { script, runtime, fields } = guarded;

  const thank = (article: string) => {
    const next = scriptPath(script, `/feedback/thanks?article=${encodeURIComponent(article)}`);
    return wantsJson(request) ? jsonAnswer(201, { next }) : seeOther(next);
  };
  if (guarded.fromBot) return thank(firstValue(fields.article));

  const slugs = new Set((await listArticleNames()).map((article) => article.slug));
  const parsed = parseFeedbackForm(fields, (slug) => slugs.has(slug));
  if (!parsed.ok) {
    const errors = errorsInScript(parsed.errors, script);
    if (wantsJson(request)) return jsonAnswer(400, { errors });
    return refusal(request, 400, Object.values(errors).join("\n"));
  }
  const refused = acceptSubmission(request, guarded, "feedback");
  if (refused) return refused;
  runtime.store.addFeedback(parsed.values, new Date());
  return thank(parsed.values.article);
}
