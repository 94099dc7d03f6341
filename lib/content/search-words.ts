import { z } from "zod";
import { boundedText } from "./schema";
import { ArticleTargetSchema } from "./situations";
import { parseYamlListFile, type ListFileDescription, type YamlListFile } from "./yaml-list-file";

/** The file, in the content folder, that links readers' everyday words to the sections that answer them. */
export const SEARCH_WORDS_FILE = "search-words.yaml";

/** Words so common on this site that they would point every query at one section. */
export const TOO_GENERAL_WORDS: readonly string[] = ["借呗", "逾期", "支付宝", "还款", "还钱", "借款", "欠款", "欠钱", "贷款", "怎么办", "蚂蚁"];

/** Everyday words readers use for what one section (or article) answers. */
export const SearchWordsEntrySchema = z.strictObject({
  /** The section, `/articles/<slug>#<id>`, or the article, `/articles/<slug>`, these words lead to. */
  target: ArticleTargetSchema,
  /** The words, as readers type them: 2–20 characters each, 1–50 of them. */
  words: z
    .array(
      // A word like 12368 reaches us as a YAML number; readers type it as text.
      z.preprocess((value) => (typeof value === "number" ? String(value) : value), boundedText("words", 20)).refine((word) => [...word].length >= 2, {
        error: (issue) => `说法 "${String(issue.input)}" 太短：至少写 2 个字，单个字会匹配到太多章节`,
      }),
      { error: "\"words\" 应该是一个列表，例如 words: [坐牢, 判刑, 抓人]" },
    )
    .min(1, { error: "\"words\" 至少写一个说法，例如 words: [坐牢, 判刑]" })
    .max(50, { error: "\"words\" 最多 50 个说法：请把不同的问题分到不同的章节下" }),
});
export type SearchWordsEntry = z.infer<typeof SearchWordsEntrySchema>;

export const SEARCH_WORDS_DESCRIPTION: ListFileDescription = {
  name: SEARCH_WORDS_FILE,
  keys: Object.keys(SearchWordsEntrySchema.shape),
  example: "- { target: /articles/is-overdue-a-crime#definition, words: [坐牢, 判刑, 会被抓吗] }",
  maxEntries: 5000,
  tooMany: "请把同一章节的说法合并到一项里",
};

/** Reads `search-words.yaml`: the entries when valid, and every problem with its position. */
export function parseSearchWords(text: string): YamlListFile<SearchWordsEntry> {
  return parseYamlListFile(text, SearchWordsEntrySchema, SEARCH_WORDS_DESCRIPTION);
}
