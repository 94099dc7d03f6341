import type { z } from "zod";
import type { Point } from "./diagnostics";
import { FRONTMATTER_KEYS, FrontmatterSchema, type Frontmatter } from "./schema";
import { didYouMean, likelyField, readYaml, valueAt, type YamlLocator, type YamlProblem } from "./yaml-document";

/** A frontmatter problem at a position relative to the file. */
export type FrontmatterProblem = YamlProblem;

export type FrontmatterResult =
  | { ok: true; data: Frontmatter; locate: (path: readonly PropertyKey[]) => Point }
  | { ok: false; problems: FrontmatterProblem[] };

/**
 * Parses and validates the YAML between the `---` lines.
 * `firstLine` is the file line on which the YAML text starts, so every position
 * reported points into the original file.
 */
export function parseFrontmatter(yamlText: string, firstLine: number): FrontmatterResult {
  const read = readYaml(yamlText, firstLine, "frontmatter");
  if (!read.ok) return read;
  const { start, locate, locateKey } = read;
  if (!read.isMap) {
    return {
      ok: false,
      problems: [{ at: start, message: "frontmatter 应该是一行一个“字段: 值”，例如 title: 借呗逾期了怎么办" }],
    };
  }

  const input: unknown = read.value ?? {};
  const parsed = FrontmatterSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data, locate };
  return {
    ok: false,
    problems: parsed.error.issues.flatMap((issue) => describeIssue(issue, input, { locate, locateKey, start })),
  };
}

/** Turns one zod issue into messages an editor can act on, placed at the key or value concerned. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown, { locate, locateKey, start }: YamlLocator): FrontmatterProblem[] {
  if (issue.code === "unrecognized_keys") {
    const describe = issue.path.length > 0 ? unknownSourceKeyMessage : unknownKeyMessage;
    return issue.keys.map((key) => ({ at: locateKey([...issue.path, key]), message: describe(key) }));
  }
  const at = locate(issue.path);
  const field = String(issue.path[0] ?? "");
  if (field === "sources" && issue.code === "invalid_type" && typeof issue.path[1] === "number") {
    const entry = issue.path.slice(0, 2);
    return [{ at: locate(entry), message: sourceShapeMessage(issue.path[1], valueAt(input, entry)) }];
  }
  if (issue.code === "invalid_type") {
    const value = valueAt(input, issue.path);
    if (value === undefined && issue.path.length === 1) {
      return [{ at: start, message: `缺少必填字段 "${field}"：请在 frontmatter 里加一行 ${field}: ${exampleOf(field)}` }];
    }
    return [{ at, message: `"${issue.path.join(".")}" 应为${expectation(issue.expected)}，现在是 ${describeValue(value)}：例如 ${field}: ${exampleOf(field)}` }];
  }
  return [{ at, message: issue.message }];
}

/** The fields one entry of `sources` may have. */
const SOURCE_KEYS = ["title", "url"];
const SOURCE_EXAMPLE = "- title: 《征信业管理条例》第十六条（有官方网址时，下一行缩进对齐写 url: https://…）";

function sourceShapeMessage(index: number, entry: unknown): string {
  const which = `"sources" 的第 ${index + 1} 项`;
  if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
    return `${which}缺少 title：请写上来源的名称，例如 ${SOURCE_EXAMPLE}`;
  }
  return `${which}应写成“title: 名称”，现在是 ${describeValue(entry)}：例如 ${SOURCE_EXAMPLE}`;
}

function unknownSourceKeyMessage(key: string): string {
  return `来源里的未知字段 "${key}"：${didYouMean(key, SOURCE_KEYS, "请删除它。")}每一项来源只能有 title 和 url`;
}

function unknownKeyMessage(key: string): string {
  const known = FRONTMATTER_KEYS.join("、");
  return likelyField(key, FRONTMATTER_KEYS)
    ? `未知字段 "${key}"：${didYouMean(key, FRONTMATTER_KEYS, "")}可用的字段：${known}`
    : `未知字段 "${key}"：请删除它或改成可用的字段之一：${known}`;
}

function expectation(expected: string): string {
  switch (expected) {
    case "string":
      return "一行文字";
    case "boolean":
      return " true 或 false";
    case "array":
      return "列表";
    default:
      return ` ${expected}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "空值";
  if (Array.isArray(value)) return "列表";
  if (typeof value === "object") return "多层结构";
  return `"${String(value)}"`;
}

function exampleOf(field: string): string {
  const shape = FrontmatterSchema.shape as Record<string, z.ZodType>;
  const example = shape[field]?.meta()?.examples;
  const first: unknown = Array.isArray(example) ? example[0] : undefined;
  if (Array.isArray(first)) return first.every((item) => typeof item === "string") ? `[${first.join(", ")}]` : `\n  ${SOURCE_EXAMPLE}`;
  return first === undefined ? "…" : String(first);
}
