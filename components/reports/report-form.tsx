import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { PAGE_SCRIPT_PATH } from "@/lib/client/page-script";
import { HONEYPOT_FIELD, REPORT_KIND_IDS, REPORT_KINDS, REPORT_LIMITS, type ReportField as Field } from "@/lib/reports/report-form";
import { localize, localPath } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";
import { controlClass, describedBy, FieldMessage, ReportField, TextControl } from "../forms/report-field";

interface ReportFormProps {
  values: Partial<Record<Field, string>>;
  errors: Partial<Record<Field, string>>;
}

/**
 * The report form: a plain POST to /takedown/report that works without JavaScript (refusals
 * come back next to each field with the input kept); with JavaScript the form's script posts
 * it in the background and shows the same messages without reloading.
 */
export function ReportForm({ values, errors }: ReportFormProps) {
  const invalid = (name: Field) => (errors[name] ? true : undefined);
  return (
    <form
      id="report-form"
      method="post"
      action={localPath("/takedown/report")}
      noValidate
      data-enhanced-form
      data-summary-template={localize("有 {count} 项需要改一下，请看每一项下面的说明。")}
      data-failed-message={localize("提交没有成功，请检查网络后再试一次；也可以改用下面的邮件方式。")}
      className="relative space-y-5"
    >
      <div data-form-summary aria-live="polite">
        {Object.keys(errors).length > 0 ? <FormErrorSummary errors={errors} /> : null}
      </div>
      <ReportField
        name="page"
        label="涉及的页面"
        hint={`本站页面的网址，例如 ${siteConfig.url}/articles/… ；从浏览器地址栏复制过来即可。`}
        error={errors.page}
      >
        <TextControl name="page" value={values.page} error={errors.page} maxLength={REPORT_LIMITS.pageChars} inputMode="url" />
      </ReportField>
      <ReportField
        name="section"
        label="涉及的小节"
        optional
        hint="网址里 # 后面的部分，例如 process；不清楚就留空，在说明里写小标题。"
        error={errors.section}
      >
        <TextControl name="section" value={values.section} error={errors.section} maxLength={REPORT_LIMITS.sectionChars} width="w-60" />
      </ReportField>
      <fieldset className="space-y-1" aria-describedby={describedBy("kind")} aria-invalid={invalid("kind")}>
        <legend className="font-bold">{localize("问题类型")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {REPORT_KIND_IDS.map((kind) => (
            <label key={kind} className="flex items-center gap-2">
              <input type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} className="h-4 w-4" />
              {localize(REPORT_KINDS[kind])}
            </label>
          ))}
        </div>
        <FieldMessage name="kind" error={errors.kind} />
        <p id="kind-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
          {localize("侵权和个人信息问题会优先处理。")}
        </p>
      </fieldset>
      <ReportField
        name="description"
        label="问题说明"
        hint={`哪一句话有问题，正确的说法是什么，依据在哪里（法规条文、官方公告、App 内说明）。权利人请说明作品出处和权利证明。${REPORT_LIMITS.descriptionMinChars}–${REPORT_LIMITS.descriptionMaxChars} 字。`}
        error={errors.description}
      >
        <textarea
          id="description"
          name="description"
          rows={6}
          defaultValue={values.description ?? ""}
          maxLength={REPORT_LIMITS.descriptionMaxChars}
          aria-invalid={invalid("description")}
          aria-describedby={describedBy("description")}
          className={controlClass(errors.description)}
        />
      </ReportField>
      <ReportField
        name="contact"
        label="你的联系方式"
        hint="邮箱或电话。只用来回复这次举报，不会公开，也不会出现在任何网页上。"
        error={errors.contact}
      >
        <TextControl
          name="contact"
          value={values.contact}
          error={errors.contact}
          maxLength={REPORT_LIMITS.contactChars}
          width="w-full sm:w-80"
          autoComplete="email"
        />
      </ReportField>
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input
            id="goodFaith"
            name="goodFaith"
            type="checkbox"
            value="yes"
            defaultChecked={values.goodFaith === "yes"}
            aria-invalid={invalid("goodFaith")}
            aria-describedby="goodFaith-message"
            className="mt-1.5 h-4 w-4 shrink-0"
          />
          <span>{localize("我确认以上信息真实，举报出于善意；代表他人举报的，已经得到授权。")}</span>
        </label>
        <FieldMessage name="goodFaith" error={errors.goodFaith} />
      </div>
      {/* Off-screen and out of the keyboard order: people never fill it in, form-filling bots do. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{localize("请不要填写这一项")}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton>{localize("提交举报")}</SubmitButton>
      <script src={PAGE_SCRIPT_PATH} async />
    </form>
  );
}
