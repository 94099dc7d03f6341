import { z } from "zod";
import { parseFields, type FieldSpec, type FormResult, type RawFields } from "../forms/form-input";

/** What a report is about; the labels are what the form shows. */
export const REPORT_KINDS = {
  infringement: "侵权",
  "factual-error": "事实错误",
  "personal-information": "涉及个人信息",
  other: "其他问题",
} as const;
export type ReportKind = keyof typeof REPORT_KINDS;
export const REPORT_KIND_IDS = Object.keys(REPORT_KINDS) as ReportKind[];

/** Limits a report's text fields are held to; the form uses them as `maxLength` too. */
export const REPORT_LIMITS = {
  pageChars: 300,
  sectionChars: 80,
  descriptionMinChars: 10,
  descriptionMaxChars: 2000,
  contactChars: 120,
} as const;

/** The fields of the report form, in the order it shows them. */
export const REPORT_FIELDS = ["page", "section", "kind", "description", "contact", "goodFaith"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/**
 * The hidden field that people never see or fill in (it is off-screen and skipped by the
 * keyboard and screen readers); a post that fills it in comes from a bot.
 */
export const HONEYPOT_FIELD = "website";

export interface ReportInput {
  /** The site path the report is about, e.g. `/articles/jiebei-overdue-guide` or `/zh-Hant/…`. */
  page: string;
  /** The section anchor, when the reader named one. */
  section: string | undefined;
  kind: ReportKind;
  description: string;
  contact: ReportContact;
}

const PHONE = /^\+?[0-9][0-9 -]{5,18}[0-9]$/;
const SECTION = /^[\p{L}\p{N}_-]+$/u;

/**
 * The path of `text` when it is a page of this site: a path (`/articles/…`) or a full URL
 * on the site's own origin (`siteOrigin`), without query; a `#section` part is returned apart.
 */
export function sitePathOf(text: string, siteOrigin: string): { path: string; hash: string | undefined } | undefined {
  let url: URL;
  try {
    url = new URL(text, siteOrigin);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(siteOrigin).origin) return undefined;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : "/";
  return { path, hash: decodedOrUndefined(url.hash.slice(1)) };
}

/** Percent-decoded text, or undefined when it is not valid UTF-8 percent-encoding (`%E5`). */
function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export type ReportContact = { type: "email" | "phone"; value: string };

/** The form's values once valid: the report, and the good-faith confirmation. */
export type ReportFormValues = ReportInput & { goodFaith: "yes" };

/** How each field of the report form is read and what it says when it is wrong. */
function reportFieldSpecs(
  isSitePage: (path: string) => boolean,
  siteOrigin: string,
): { [K in keyof ReportFormValues]: FieldSpec<ReportFormValues[K]> } {
  return {
    page: {
      schema: z
        .string()
        .min(1, { error: "请填写涉及的页面网址，例如从浏览器地址栏复制过来的链接" })
        .max(REPORT_LIMITS.pageChars, { error: `网址太长了（最多 ${REPORT_LIMITS.pageChars} 个字符），请只保留本站页面的地址` })
        .transform((value, context) => {
          const site = sitePathOf(value, siteOrigin);
          if (!site || !isSitePage(site.path)) {
            context.addIssue({
              code: "custom",
              message: `这不是本站的页面。请填写以 ${siteOrigin} 开头的文章网址，或以 /articles/ 开头的路径`,
            });
            return z.NEVER;
          }
          if (site.hash === undefined) {
            context.addIssue({
              code: "custom",
              message: "网址里 # 后面的部分有无法识别的字符，请直接从浏览器地址栏复制链接，或删掉 # 和它后面的内容",
            });
            return z.NEVER;
          }
          return site.path;
        }),
      show: String,
      maxChars: REPORT_LIMITS.pageChars,
      tooLong: `网址太长了（最多 ${REPORT_LIMITS.pageChars} 个字符），请只保留本站页面的地址`,
    },
    section: {
      schema: z
        .string()
        .max(REPORT_LIMITS.sectionChars, { error: `小节名称太长了（最多 ${REPORT_LIMITS.sectionChars} 个字符）` })
        .regex(SECTION, { error: "小节请填写文章里的小节标识，例如 process；不确定可以留空，在问题描述里写清楚" }),
      blank: { value: undefined },
      show: String,
      maxChars: REPORT_LIMITS.sectionChars,
      tooLong: `小节名称太长了（最多 ${REPORT_LIMITS.sectionChars} 个字符）`,
    },
    kind: { schema: z.enum(REPORT_KIND_IDS, { error: "请选择问题的类型" }), show: (kind) => REPORT_KINDS[kind] },
    description: {
      schema: z
        .string()
        .min(1, { error: "请写下问题是什么：哪一句话有问题，正确的说法是什么，依据在哪里" })
        .min(REPORT_LIMITS.descriptionMinChars, {
          error: `说明太短了，请至少写 ${REPORT_LIMITS.descriptionMinChars} 个字，写清楚哪里有问题`,
        })
        .max(REPORT_LIMITS.descriptionMaxChars, {
          error: `说明最多 ${REPORT_LIMITS.descriptionMaxChars} 个字，请删减一些；证明材料可以先列出名称，我们回复后再提供`,
        }),
      show: String,
      freeText: true,
    },
    contact: {
      schema: z
        .string()
        .min(1, { error: "请留下邮箱或电话，我们只用它回复这次举报" })
        .max(REPORT_LIMITS.contactChars, { error: "联系方式太长了，请只填一个邮箱或一个电话号码" })
        .transform((value, context): ReportContact => {
          if (value.includes("@")) {
            if (z.email().safeParse(value).success) return { type: "email", value };
            context.addIssue({ code: "custom", message: "邮箱格式不对，请检查一下，例如 name@example.com" });
            return z.NEVER;
          }
          if (PHONE.test(value)) return { type: "phone", value: value.replace(/[ -]/g, "") };
          context.addIssue({ code: "custom", message: "请填写有效的邮箱（例如 name@example.com）或电话号码（只含数字，可带 + 和区号）" });
          return z.NEVER;
        }),
      show: (contact) => contact.value,
      maxChars: REPORT_LIMITS.contactChars,
      tooLong: "联系方式太长了，请只填一个邮箱或一个电话号码",
    },
    goodFaith: { schema: z.literal("yes", { error: "请勾选这一项，确认你提供的信息真实、举报出于善意" }), show: String },
  };
}

/**
 * Reads a posted report form. Every field is checked (the page must be one of this site's
 * pages, `isSitePage`); the result carries the values, or one Chinese message per field that
 * says how to fix it, with what the reader typed.
 */
export function parseReportForm(
  raw: RawFields,
  isSitePage: (path: string) => boolean,
  siteOrigin: string,
): FormResult<ReportFormValues, ReportField> {
  return parseFields(raw, reportFieldSpecs(isSitePage, siteOrigin));
}
