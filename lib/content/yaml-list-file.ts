import type { z } from "zod";
import type { Point } from "./diagnostics";
import { error, type Problem } from "./problem";
import { didYouMean, readYaml, valueAt, type YamlLocator } from "./yaml-document";

/** A content file that is a YAML list of entries, validated, with where each value was written. */
export interface YamlListFile<T> {
  /** The valid entries in file order, each with its place in the list (an entry with an error is left out and reported). */
  entries: { entry: T; position: number }[];
  problems: Problem[];
  /** Where the value at a path (`[index, "target"]`) was written; the top of the file when unknown. */
  locate: (path: readonly PropertyKey[]) => Point;
}

/** How to describe a list file to its editors. */
export interface ListFileDescription {
  /** The file's name as editors know it, e.g. situations.yaml. */
  name: string;
  /** The fields an entry may have, for the unknown-field message. */
  keys: readonly string[];
  /** A complete entry as one line of YAML (flow style), shown whenever the shape is wrong. */
  example: string;
  /** The most entries the file may have, and what to do when it has more. */
  maxEntries: number;
  tooMany: string;
}

/**
 * Reads a content file that holds a YAML list (one `- ` entry per item) and validates each
 * entry with `entrySchema`, so one broken entry does not hide the others. Every problem is
 * placed in the file: YAML syntax errors where the parser stopped, schema errors at the value
 * (or the key) concerned. Messages come from the schema, except for the shape mistakes every
 * list file shares (not a list, too long, a field missing, a field unknown).
 */
export function parseYamlListFile<T>(text: string, entrySchema: z.ZodType<T>, description: ListFileDescription): YamlListFile<T> {
  const read = readYaml(text, 1, description.name);
  const top: Point = { line: 1, column: 1 };
  if (!read.ok) return { entries: [], problems: read.problems.map((p) => error(p.at, p.message)), locate: () => top };
  if (!read.isList || !Array.isArray(read.value) || read.value.length === 0) {
    const message = `${description.name} 应该是一个列表：每一项以“- ”开头，例如 ${description.example}`;
    return { entries: [], problems: [error(top, message)], locate: () => top };
  }
  const problems: Problem[] = [];
  if (read.value.length > description.maxEntries) {
    problems.push(error(read.locate([description.maxEntries]), `${description.name} 最多 ${description.maxEntries} 项，现在有 ${read.value.length} 项：${description.tooMany}`));
  }
  const entries = read.value.flatMap((value: unknown, position) => {
    const parsed = entrySchema.safeParse(value);
    if (parsed.success) return [{ entry: parsed.data, position }];
    problems.push(...parsed.error.issues.flatMap((issue) => describeIssue(issue, value, [position], read, description)));
    return [];
  });
  return { entries, problems, locate: read.locate };
}

/** One zod issue of the entry at `prefix` as messages placed in the file. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown, prefix: readonly number[], read: YamlLocator, description: ListFileDescription): Problem[] {
  const path = [...prefix, ...issue.path];
  const entry = `第 ${(prefix[0] ?? 0) + 1} 项`;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => error(read.locateKey([...path, key]), unknownFieldMessage(key, description)));
  }
  if (issue.code === "invalid_type") {
    const field = issue.path.length >= 1 ? String(issue.path[0]) : "";
    if (issue.path.length === 0) return [error(read.locate(path), `${entry}应该是“字段: 值”的组合，例如 ${description.example}`)];
    if (valueAt(value, issue.path) === undefined && issue.path.length === 1) {
      return [error(read.locate(prefix), `${entry}缺少 "${field}"：请补上这一行，例如 ${description.example}`)];
    }
    const item = typeof issue.path[1] === "number" ? `里的第 ${issue.path[1] + 1} 个值` : "";
    return [error(read.locate(path), `${entry}的 "${field}"${item}写法不对：请对照这个例子修改 ${description.example}`)];
  }
  return [error(read.locate(path), `${entry}：${issue.message}`)];
}

function unknownFieldMessage(key: string, { keys }: ListFileDescription): string {
  return `未知字段 "${key}"：${didYouMean(key, keys, "请删除它。")}可用的字段：${keys.join("、")}`;
}
