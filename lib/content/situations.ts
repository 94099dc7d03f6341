import { z } from "zod";
import { boundedText } from "./schema";
import { parseYamlListFile, type ListFileDescription, type YamlListFile } from "./yaml-list-file";

/** The file, in the content folder, that lists the situations the home page opens with. */
export const SITUATIONS_FILE = "situations.yaml";

/** The home page shows at most this many situations: more would push the answers off a phone's first screen. */
export const MAX_SITUATIONS = 8;
/** Fewer than this and the list no longer covers the common worries; a warning, not an error. */
export const ADVISED_MIN_SITUATIONS = 6;

/** An address of an article section, `/articles/<slug>#<id>`, or of an article's top. */
export const ArticleTargetSchema = z
  .string()
  .trim()
  .regex(/^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*(?:#\S+)?$/, {
    error: (issue) => `"target" 应该是本站文章或章节的地址，例如 /articles/overdue-by-a-few-days#process，现在是 "${String(issue.input)}"`,
  });

/** One situation a frightened reader may be in, and the section that answers it. */
export const SituationSchema = z.strictObject({
  /** What the reader is going through, in their words: 2–16 characters, e.g. 接到催收电话. */
  label: boundedText("label", 16),
  /** One short line under the label saying what the answer covers; optional, at most 30 characters. */
  hint: boundedText("hint", 30).optional(),
  /** The section that answers it: `/articles/<slug>#<id>`. */
  target: ArticleTargetSchema,
});
export type Situation = z.infer<typeof SituationSchema>;

export const SITUATIONS_DESCRIPTION: ListFileDescription = {
  name: SITUATIONS_FILE,
  keys: Object.keys(SituationSchema.shape),
  example: "- { label: 今天刚逾期, hint: 晚了一两天，现在先做什么, target: /articles/overdue-by-a-few-days#process }",
  maxEntries: MAX_SITUATIONS,
  tooMany: "首页放不下更多：请合并相近的几项，或删掉最不常见的",
};

/** Reads `situations.yaml`: the entries when valid, and every problem with its position. */
export function parseSituations(text: string): YamlListFile<Situation> {
  return parseYamlListFile(text, SituationSchema, SITUATIONS_DESCRIPTION);
}
