import { closest, distance } from "fastest-levenshtein";
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from "yaml";
import type { Point } from "./diagnostics";

/** A problem in a YAML text, at a position in the file the text came from. */
export interface YamlProblem {
  at: Point;
  message: string;
}

/** Where a value (or a map key) of a parsed YAML text was written in the file. */
export interface YamlLocator {
  /** The value at `path`; the nearest enclosing value's position when it is missing. */
  locate: (path: readonly PropertyKey[]) => Point;
  /** The key that ends `path` inside its map; the map's position when there is no such key. */
  locateKey: (path: readonly PropertyKey[]) => Point;
  /** The line before the text: the `---` of a frontmatter, the top of a data file. */
  start: Point;
}

export type YamlRead =
  | ({ ok: true; value: unknown; isMap: boolean; isList: boolean } & YamlLocator)
  | { ok: false; problems: YamlProblem[] };

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
 * Parses a YAML text with the positions of its nodes. `firstLine` is the file line on which
 * the text starts, so every position points into the original file; `what` names the text in
 * syntax-error messages ("frontmatter", "search-words.yaml").
 */
export function readYaml(text: string, firstLine: number, what: string): YamlRead {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFile = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        at: toFile(error.pos[0]),
        message: `${what} 的 YAML 写法有误（${error.message}）：${YAML_HINTS[error.code] ?? DEFAULT_YAML_HINT}`,
      })),
    };
  }
  const start: Point = { line: Math.max(firstLine - 1, 1), column: 1 };
  const locate = (path: readonly PropertyKey[]): Point => {
    for (let length = path.length; length > 0; length -= 1) {
      const found = nodePosition(document, path.slice(0, length), toFile);
      if (found) return found;
    }
    return start;
  };
  const locateKey = (path: readonly PropertyKey[]): Point =>
    keyPosition(document, path.slice(0, -1), path.at(-1), toFile) ?? locate(path.slice(0, -1));
  return {
    ok: true,
    value: document.toJS() ?? null,
    isMap: document.contents === null || isMap(document.contents),
    isList: isSeq(document.contents),
    locate,
    locateKey,
    start,
  };
}

function nodePosition(document: Document, path: readonly PropertyKey[], toFile: (offset: number) => Point): Point | undefined {
  const node: unknown = document.getIn(path as unknown[], true);
  return isNode(node) && node.range ? toFile(node.range[0]) : undefined;
}

function keyPosition(
  document: Document,
  mapPath: readonly PropertyKey[],
  key: PropertyKey | undefined,
  toFile: (offset: number) => Point,
): Point | undefined {
  const map: unknown = mapPath.length === 0 ? document.contents : document.getIn(mapPath as unknown[], true);
  if (key === undefined || !isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return toFile(pair.key.range[0]);
  }
  return undefined;
}

/** The value at `path` inside parsed YAML (plain objects and arrays), or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The field an unknown key was probably meant to be, when one is close enough to suggest. */
export function likelyField(key: string, fields: readonly string[]): string | undefined {
  const suggestion = closest(key, [...fields]);
  return distance(key.toLowerCase(), suggestion) <= Math.max(2, Math.floor(suggestion.length / 3)) ? suggestion : undefined;
}

/** "你是不是想写 …？" for an unknown key, or `otherwise` when no field is close. */
export function didYouMean(key: string, fields: readonly string[], otherwise: string): string {
  const suggestion = likelyField(key, fields);
  return suggestion ? `你是不是想写 "${suggestion}"？（did you mean "${suggestion}"?）` : otherwise;
}
