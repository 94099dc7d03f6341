import { z } from "zod";
import { parseFields, type FormResult, type RawFields } from "../forms/form-input";
import type { FeedbackInput } from "./store";

/** The fields of the "was this helpful?" form. */
export const FEEDBACK_FIELDS = ["article", "helpful", "comment"] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const FEEDBACK_COMMENT_MAX_CHARS = 500;

/**
 * Reads a posted "was this helpful?" answer: the article must be a published one
 * (`isArticle`), the answer yes or no, the comment optional and at most 500 characters.
 */
export function parseFeedbackForm(raw: RawFields, isArticle: (slug: string) => boolean): FormResult<FeedbackInput, FeedbackField> {
  return parseFields(raw, {
    article: {
      schema: z.string().refine(isArticle, { error: "找不到这篇文章，请回到文章页面再提交" }),
      show: String,
      // Slugs are file names; none is this long.
      maxChars: 300,
      tooLong: "找不到这篇文章，请回到文章页面再提交",
    },
    helpful: {
      schema: z.enum(["yes", "no"], { error: "请选择“有帮助”或“没帮助”" }).transform((answer) => answer === "yes"),
      show: (helpful) => (helpful ? "有帮助" : "没帮助"),
    },
    comment: {
      schema: z.string().max(FEEDBACK_COMMENT_MAX_CHARS, { error: `补充说明最多 ${FEEDBACK_COMMENT_MAX_CHARS} 个字，请删减一些` }),
      blank: { value: undefined },
      show: (comment) => comment ?? "",
      freeText: true,
    },
  });
}
