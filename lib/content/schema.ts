import { z } from "zod";
import { isCalendarDate } from "../dates/calendar-dates";

/** The typed section kinds an editor can mark with `## Heading {#kind}`. */
export const SECTION_KINDS = [
  "definition",
  "consequences",
  "process",
  "negotiation",
  "prevention",
] as const;

export const SectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/** File names become URLs: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Counts what a reader sees as characters (code points, so one emoji is one). */
export function countCharacters(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const previous = text.charCodeAt(index - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count -= 1;
    }
  }
  return count;
}

/** A one-line text field with a length limit counted in characters; `field` names it in messages. */
export function boundedText(field: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: `"${field}" 不能为空：请在冒号后写上内容` })
    .refine((value) => countCharacters(value) <= max, {
      error: (issue) =>
        `"${field}" 最多 ${max} 个字，现在有 ${countCharacters(String(issue.input))} 个：请删减`,
    });
}

/** A real calendar date written as YYYY-MM-DD (YAML keeps it as text, so 2025-02-30 is caught). */
function calendarDate(field: string) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      abort: true,
      error: (issue) => `"${field}" 的日期格式应为 YYYY-MM-DD（例如 2026-01-05），现在是 "${String(issue.input)}"`,
    })
    .refine(isCalendarDate, {
      error: (issue) => `"${field}" 的日期 "${String(issue.input)}" 在日历上不存在：请检查月份和日子`,
    });
}

/** At most this many sources per article: a reader scans the list, it is not a bibliography. */
export const MAX_SOURCES = 20;

/**
 * One law, regulation or notice an article relies on. `url`, when given, must be a web
 * address (the official page where one exists); the title is what readers see.
 */
export const SourceSchema = z.strictObject(
  {
    /** What the source is, as readers see it, e.g. 《征信业管理条例》第十六条; 1–150 characters. */
    title: boundedText("sources.title", 150),
    /** The official page of the text, http(s) only; optional. */
    url: z
      .url({ protocol: /^https?$/, error: (issue) => `来源网址 "${String(issue.input)}" 无效：请写完整的 http:// 或 https:// 开头的官方网址，或者删掉 url 这一行` })
      .optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? undefined : "每一项来源要写成 - title: 名称（可以再加一行 url: 官方网址）") },
);
export type Source = z.infer<typeof SourceSchema>;

/** The YAML frontmatter of an article; unknown keys are rejected because they are usually typos. */
export const FrontmatterSchema = z
  .strictObject({
    /** Page title and list heading; 1–80 characters. */
    title: boundedText("title", 80).meta({
      description: "文章标题，1–80 个字",
      maxLength: 80,
      examples: ["借呗逾期了怎么办：完整指南"],
    }),
    /** Summary for lists and the meta description; 1–200 characters. */
    description: boundedText("description", 200).meta({
      description: "一两句话的摘要，用在文章列表和搜索结果里，1–200 个字",
      maxLength: 200,
      examples: ["逾期后会发生什么、先做什么、怎样联系官方客服。"],
    }),
    /** First publication date, YYYY-MM-DD. */
    date: calendarDate("date").meta({
      description: "首次发布日期，格式 YYYY-MM-DD",
      examples: ["2026-11-29"],
    }),
    /** Date of the last substantive change, YYYY-MM-DD; not before `date`. */
    updated: calendarDate("updated")
      .optional()
      .meta({ description: "最近一次实质修改的日期，格式 YYYY-MM-DD，不能早于 date", examples: ["2026-12-01"] }),
    /** The last day a person checked the article's facts against its sources, YYYY-MM-DD. */
    reviewed: calendarDate("reviewed")
      .optional()
      .meta({ description: "最近一次有人核对文中事实的日期，格式 YYYY-MM-DD；页面上显示为“内容核对于 …”", examples: ["2026-12-01"] }),
    /** The laws, regulations and notices the article relies on; defaults to none. */
    sources: z
      .array(SourceSchema)
      .max(MAX_SOURCES, { error: `"sources" 最多 ${MAX_SOURCES} 项：请只列出文章真正依据的法律、法规和通知` })
      .default([])
      .meta({
        description: "文章依据的法律、法规和监管通知，显示在文末的“依据”里；每项写 title，有官方网址的再写 url",
        examples: [[{ title: "《征信业管理条例》第十六条", url: "https://flk.npc.gov.cn/" }]],
      }),
    /** Free-form topic labels; defaults to none. */
    tags: z
      .array(z.string().trim().min(1, { error: "标签不能是空的：请删掉空的那一项" }))
      .default([])
      .meta({ description: "标签列表", examples: [["逾期", "征信"]] }),
    /** Old slugs of this article; each answers with a permanent redirect. Defaults to none. */
    aliases: z
      .array(
        z.string().regex(SLUG_PATTERN, {
          error: (issue) => `别名 "${String(issue.input)}" 不是有效的网址：只能用小写英文字母、数字和单个连字符`,
        }),
      )
      .default([])
      .meta({ description: "这篇文章以前用过的网址（旧文件名，不带 .md）；旧链接会永久跳转到这里", examples: [["old-slug"]] }),
    /** Drafts show in `next dev` only, never in a production build; defaults to false. */
    draft: z
      .boolean()
      .default(false)
      .meta({ description: "草稿：true 时只在本地预览里显示，不会发布", examples: [true] }),
  })
  .refine((data) => data.updated === undefined || data.updated >= data.date, {
    error: (issue) => {
      const input = issue.input as { date?: unknown; updated?: unknown };
      return `"updated"（${String(input.updated)}）早于 "date"（${String(input.date)}）：更新日期不能早于发布日期`;
    },
    path: ["updated"],
  });

export type Frontmatter = z.infer<typeof FrontmatterSchema>;
export const FRONTMATTER_KEYS = Object.keys(FrontmatterSchema.shape) as (keyof Frontmatter)[];

/** A titled entry of a list-like section: a consequence, a step or a tip. */
export const SectionItemSchema = z.object({
  /** Plain-text title (the leading bold text of a list item, or an H3 heading). */
  title: z.string().min(1),
  /** Sanitized HTML of the item's body; may be empty when the title says it all. */
  html: z.string(),
  /** The body as plain text (whitespace collapsed), for structured data and search; empty like the HTML when only checking. */
  text: z.string(),
});
export type SectionItem = z.infer<typeof SectionItemSchema>;

const sectionBase = {
  /** The anchor id: the kind for typed sections, a slug of the heading for general ones. */
  id: z.string().min(1),
  /** Plain-text heading without the `{#kind}` marker. */
  title: z.string().min(1),
};

/** Sanitized HTML before and after the items of a list-like section, each with its plain text beside it. */
const surroundingProse = {
  /** Prose before the first item. */
  intro: z.string(),
  introText: z.string(),
  /** Prose after the list of items (list-based sections only). */
  outro: z.string(),
  outroText: z.string(),
};

/** A section that is prose only: sanitized HTML, and its plain text (whitespace collapsed) for search. */
const prose = { html: z.string(), text: z.string() };

export const GeneralSectionSchema = z.object({ kind: z.literal("general"), ...sectionBase, ...prose });
export const DefinitionSectionSchema = z.object({ kind: z.literal("definition"), ...sectionBase, ...prose });
export const ConsequencesSectionSchema = z.object({
  kind: z.literal("consequences"),
  ...sectionBase,
  ...surroundingProse,
  items: z.array(SectionItemSchema).min(1),
});
export const ProcessSectionSchema = z.object({
  kind: z.literal("process"),
  ...sectionBase,
  ...surroundingProse,
  steps: z.array(SectionItemSchema).min(1),
});
/** Negotiation and prevention sections share one shape: a list of tips. */
function tipsSection<K extends "negotiation" | "prevention">(kind: K) {
  return z.object({ kind: z.literal(kind), ...sectionBase, ...surroundingProse, tips: z.array(SectionItemSchema).min(1) });
}
export const NegotiationSectionSchema = tipsSection("negotiation");
export const PreventionSectionSchema = tipsSection("prevention");

/** One `##` section of an article, discriminated by `kind`. */
export const SectionSchema = z.discriminatedUnion("kind", [
  GeneralSectionSchema,
  DefinitionSectionSchema,
  ConsequencesSectionSchema,
  ProcessSectionSchema,
  NegotiationSectionSchema,
  PreventionSectionSchema,
]);
export type Section = z.infer<typeof SectionSchema>;

/** A parsed, validated article as pages use it. */
export const ArticleSchema = z.object({
  /** URL segment, from the file name. */
  slug: z.string().regex(SLUG_PATTERN),
  /** Path of the source file relative to the content folder, for messages. */
  sourcePath: z.string(),
  title: z.string(),
  description: z.string(),
  date: z.string(),
  updated: z.string().optional(),
  tags: z.array(z.string()),
  aliases: z.array(z.string().regex(SLUG_PATTERN)),
  draft: z.boolean(),
  reviewed: z.string().optional(),
  sources: z.array(SourceSchema),
  /**
   * Sanitized HTML of the text before the first `##` heading. Like every HTML field, empty
   * when the file was parsed for checking only (`renderHtml: false`); that the lead has a
   * paragraph is a body rule, checked either way.
   */
  leadHtml: z.string(),
  /** The lead as plain text (whitespace collapsed), for search; empty like the HTML when only checking. */
  leadText: z.string(),
  sections: z.array(SectionSchema).min(1),
  /** Visible characters of the body (lead and sections), whitespace excluded. */
  characterCount: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** The date of an article's last substantive change: `updated`, or the publication date. */
export function lastUpdated(article: Pick<Article, "date" | "updated">): string {
  return article.updated ?? article.date;
}
