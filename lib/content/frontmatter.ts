import { closest, distance } from "fastest-levenshtein";
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { Point } from "./diagnostics";
import { FRONTMATTER_KEYS, FrontmatterSchema, type Frontmatter } from "./schema";

/** A frontmatter problem at a position relative to the file. */
export interface FrontmatterProblem {
  at: Point;
  message: string;
}

export type FrontmatterResult =
  | { ok: true; data: Frontmatter; locate: (path: readonly PropertyKey[]) => Point }
  | { ok: false; problems: FrontmatterProblem[] };

/** Plain-language hints for the YAML mistakes editors actually make. */
const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: "同一个字段写了两次：请删掉多余的那一行",
  MISSING_CHAR: "引号或括号没有闭合（这里是读到结尾的位置，缺的那一半在前面）：请往上检查每个值的引号、括号是否成对",
  TAB_AS_INDENT: "不能用 Tab 键缩进：请改用空格",
  BLOCK_AS_IMPLICIT_KEY: "值里有“半角冒号 + 空格”时，请用英文引号把整个值包起来，例如 title: \"借呗: 逾期\"",
  BAD_INDENT: "缩进不一致：同一层的字段请对齐，列表请写成 [甲, 乙] 或每行一个“- 甲”",
};
const DEFAULT_YAML_HINT = "常见原因：冒号后面缺空格、引号没有成对、缩进不一致";

/**
 * Parses and validates the YAML between the `---` lines.
 * `firstLine` is the file line on which the YAML text starts, so every position
 * reported points into the original file.
 */
export function parseFrontmatter(yamlText: string, firstLine: number): FrontmatterResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFile = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start: Point = { line: firstLine - 1, column: 1 };
  const locateKey = (key: PropertyKey | undefined) => keyPosition(document, key, toFile) ?? start;
  const locate = (path: readonly PropertyKey[]) => valuePosition(document, path, toFile) ?? locateKey(path[0]);

  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        at: toFile(error.pos[0]),
        message: `frontmatter 的 YAML 写法有误（${error.message}）：${YAML_HINTS[error.code] ?? DEFAULT_YAML_HINT}`,
      })),
    };
  }

  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    return {
      ok: false,
      problems: [{ at: start, message: "frontmatter 应该是一行一个“字段: 值”，例如 title: 借呗逾期了怎么办" }],
    };
  }

  const input: unknown = document.toJS() ?? {};
  const parsed = FrontmatterSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data, locate };
  return {
    ok: false,
    problems: parsed.error.issues.flatMap((issue) => describeIssue(issue, input, { locate, locateKey, start })),
  };
}

/** Turns one zod issue into messages an editor can act on, placed at the key or value concerned. */
interface Locator {
  locate: (path: readonly PropertyKey[]) => Point;
  locateKey: (key: PropertyKey | undefined) => Point;
  start: Point;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, { locate, locateKey, start }: Locator): FrontmatterProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ at: locateKey(key), message: unknownKeyMessage(key) }));
  }
  const at = locate(issue.path);
  const field = String(issue.path[0] ?? "");
  if (issue.code === "invalid_type") {
    const value = valueAt(input, issue.path);
    if (value === undefined && issue.path.length === 1) {
      return [{ at: start, message: `缺少必填字段 "${field}"：请在 frontmatter 里加一行 ${field}: ${exampleOf(field)}` }];
    }
    return [{ at, message: `"${issue.path.join(".")}" 应为${expectation(issue.expected)}，现在是 ${describeValue(value)}：例如 ${field}: ${exampleOf(field)}` }];
  }
  return [{ at, message: issue.message }];
}

function unknownKeyMessage(key: string): string {
  const known = FRONTMATTER_KEYS.join("、");
  const suggestion = closest(key, FRONTMATTER_KEYS);
  const near = distance(key.toLowerCase(), suggestion) <= Math.max(2, Math.floor(suggestion.length / 3));
  return near
    ? `未知字段 "${key}"：你是不是想写 "${suggestion}"？（did you mean "${suggestion}"?）可用的字段：${known}`
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
  if (Array.isArray(first)) return `[${first.join(", ")}]`;
  return first === undefined ? "…" : String(first);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function valuePosition(document: Document, path: readonly PropertyKey[], toFile: (offset: number) => Point) {
  const node: unknown = document.getIn(path as unknown[], true);
  if (isNode(node) && node.range) return toFile(node.range[0]);
  return undefined;
}

function keyPosition(document: Document, key: PropertyKey | undefined, toFile: (offset: number) => Point) {
  if (key === undefined || !isMap(document.contents)) return undefined;
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return toFile(pair.key.range[0]);
  }
  return undefined;
}
