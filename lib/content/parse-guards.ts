import type { Nodes, Root } from "mdast";
import { error, type Problem } from "./problem";

/**
 * micromark (remark's parser) is linear on ordinary Markdown but not on some kinds of broken
 * input, each measured in docs/architecture.md ("Markdown parser"); no real article comes near them:
 * - quote marks nested without end (`> > > …` on one line): past `MAX_NESTING` the rest of
 *   the line's `>` are kept as text (beyond a few thousand levels the tree also overflows the
 *   stack of the tools that walk it);
 * - a paragraph with thousands of brackets, emphasis marks or backticks: micromark merges the
 *   text around each failed or finished construct by splicing the paragraph's whole event list,
 *   so past `MAX_BRACKETS_PER_PARAGRAPH` its `[`, past `MAX_DELIMITER_RUNS_PER_PARAGRAPH` its
 *   `*`, `_` and `~`, past `MAX_CODE_RUNS_PER_PARAGRAPH` its backticks are kept as text;
 * - a table or a list of many thousand rows or items: micromark builds them slowly (a table
 *   row costs as much as a paragraph, and every list item that closes copies the document's
 *   event list), so rows past `MAX_TABLE_ROWS` and items past `MAX_LIST_ITEMS` are left out.
 * Each is reported as an error, so such a file can never be published. Every character keeps
 * its place: defused characters are swapped for private-use stand-ins of the same length and
 * put back in the tree after parsing, and lines left out become spaces.
 */

/** Quotes nested deeper than this are kept as plain text (and reported). */
export const MAX_NESTING = 32;
/** Brackets one paragraph may hold before its links are no longer parsed. */
export const MAX_BRACKETS_PER_PARAGRAPH = 1_000;
/** Runs of `*`, `_` or `~` one paragraph may hold before its emphasis is no longer parsed. */
export const MAX_DELIMITER_RUNS_PER_PARAGRAPH = 2_000;
/** Runs of backticks one paragraph may hold before its code spans are no longer parsed. */
export const MAX_CODE_RUNS_PER_PARAGRAPH = 2_000;
/** Rows a table may have (its header included); the rest are left out. */
export const MAX_TABLE_ROWS = 1_000;
/** List items one block of lines may hold (nested ones included); the rest are left out. */
export const MAX_LIST_ITEMS = 1_000;

export const NESTING_MESSAGE = `引用（>）或列表嵌套超过了 ${MAX_NESTING} 层，多出的部分按普通文字显示：请减少嵌套层数`;
const BRACKETS_MESSAGE = `这一段的方括号 [ ] 超过了 ${MAX_BRACKETS_PER_PARAGRAPH} 个，整段按普通文字处理，里面的链接不会生效：请把这一段拆开，或删掉多余的方括号`;
const EMPHASIS_MESSAGE = `这一段的 *、_、~ 符号超过了 ${MAX_DELIMITER_RUNS_PER_PARAGRAPH} 组，整段的加粗、斜体和删除线都不会生效：请把这一段拆开，或删掉多余的符号`;
const CODE_MESSAGE = `这一段的反引号 \` 超过了 ${MAX_CODE_RUNS_PER_PARAGRAPH} 组，整段的代码格式都不会生效：请把这一段拆开，或删掉多余的反引号`;
const tableMessage = (rows: number) => `表格有 ${rows} 行，超过了 ${MAX_TABLE_ROWS} 行，多出的行不会显示：请把它拆成几个小表格`;
const listMessage = (items: number) => `列表有 ${items} 项，超过了 ${MAX_LIST_ITEMS} 项，多出的项不会显示：请把它拆成几个小列表`;

/** The characters a guard may defuse, in the order of their stand-ins. */
const DEFUSABLE = "[]*_~`>";

/** A line of the source: where it starts, and its text without the line break. */
interface Line {
  start: number;
  text: string;
}

/** A table or list the guard cut short, to be found in the tree afterwards. */
export interface Cut {
  kind: "table" | "list";
  /** The line the table or list starts on. */
  line: number;
  /** Its rows or items, before the cut. */
  count: number;
  /** The text left out: whole lines, from the start of the first to after the last's line break. */
  from: number;
  to: number;
  lines: number;
}

/** The text micromark is given, and what the guards found. */
export interface GuardedInput {
  text: string;
  problems: Problem[];
  /** Maps each stand-in back to the character it replaced; undefined when nothing was defused. */
  standIns: Map<string, string> | undefined;
  /** Tables and lists cut short, for the check that they were parsed as such. */
  cuts: Cut[];
}

/** A run of stand-in characters that the source does not contain, one per defusable character. */
function chooseStandIns(source: string): Map<string, string> {
  for (let base = 0xe000; base < 0xf8ff; base += DEFUSABLE.length) {
    const standIns = [...DEFUSABLE].map((_, index) => String.fromCharCode(base + index));
    if (standIns.every((standIn) => !source.includes(standIn))) {
      return new Map([...DEFUSABLE].map((character, index) => [character, standIns[index] as string]));
    }
  }
  throw new Error("no private-use characters left for the parser's guards");
}

const QUOTE_OR_SPACE = /^[ \t>]*/;
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;

/** The cells of a table row as GFM counts them: split at unescaped pipes, outer pipes dropped. */
function cellCount(row: string): number {
  const trimmed = row.trim();
  let cells = 1;
  for (let index = 0; index < trimmed.length; index += 1) {
    const code = trimmed.charCodeAt(index);
    if (code === 92) index += 1;
    else if (code === 124 && index !== 0 && index !== trimmed.length - 1) cells += 1;
  }
  return cells;
}

/**
 * Finds the input that would make micromark slow (see above), reports it, and returns the
 * text to parse with it defused. `from` is where the body starts (after any frontmatter).
 */
export function guardInput(source: string, from: number, { cut = true } = {}): GuardedInput {
  const lines: Line[] = [];
  for (let start = from; start <= source.length; ) {
    const end = source.indexOf("\n", start);
    const stop = end === -1 ? source.length : end;
    lines.push({ start, text: source.slice(start, stop) });
    if (end === -1) break;
    start = end + 1;
  }
  const firstLine = source.slice(0, from).split("\n").length;
  const problems: Problem[] = [];
  const cuts: Cut[] = [];
  let standIns: Map<string, string> | undefined;
  const replaced = new Map<number, string>();
  const textOf = (index: number) => replaced.get(index) ?? (lines[index] as Line).text;
  const defuse = (index: number, characters: string, within?: (text: string) => [number, number]) => {
    standIns ??= chooseStandIns(source);
    const text = textOf(index);
    const [from, to] = within ? within(text) : [0, text.length];
    let middle = text.slice(from, to);
    for (const character of characters) middle = middle.replaceAll(character, standIns.get(character) as string);
    replaced.set(index, text.slice(0, from) + middle + text.slice(to));
  };
  const removed = new Set<number>();
  /** Leaves out lines `first` to `end` (exclusive): micromark never sees them. */
  const leaveOut = (first: number, end: number, kind: Cut["kind"], line: number, count: number) => {
    for (let index = first; index < end; index += 1) removed.add(index);
    const last = lines[end - 1] as Line;
    cuts.push({ kind, line, count, from: (lines[first] as Line).start, to: Math.min(last.start + last.text.length + 1, source.length), lines: end - first });
  };

  lines.forEach((line, index) => {
    let depth = 0;
    let cut = -1;
    for (let position = 0; position < line.text.length; position += 1) {
      const code = line.text.charCodeAt(position);
      if (code === 62) {
        depth += 1;
        if (depth > MAX_NESTING && cut === -1) cut = position;
      } else if (code !== 32 && code !== 9) break;
    }
    if (cut !== -1) {
      defuse(index, ">", (text) => [cut, cut + (QUOTE_OR_SPACE.exec(text.slice(cut))?.[0].length ?? 0)]);
      problems.push(error({ line: firstLine + index, column: 1 }, NESTING_MESSAGE));
    }
  });

  // Blocks of consecutive non-blank lines: paragraphs, and the tables and lists they may be.
  for (let first = 0; first < lines.length; ) {
    if ((lines[first] as Line).text.trim() === "") {
      first += 1;
      continue;
    }
    let end = first;
    while (end < lines.length && (lines[end] as Line).text.trim() !== "") end += 1;
    guardBlock(first, end);
    first = end;
  }

  function guardBlock(first: number, end: number): void {
    let brackets = 0;
    let delimiterRuns = 0;
    let codeRuns = 0;
    for (let index = first; index < end; index += 1) {
      const text = (lines[index] as Line).text;
      for (let position = 0; position < text.length; position += 1) {
        const code = text.charCodeAt(position);
        if (code === 93) brackets += 1;
        else if ((code === 42 || code === 95 || code === 126) && text.charCodeAt(position - 1) !== code) delimiterRuns += 1;
        else if (code === 96 && text.charCodeAt(position - 1) !== code) codeRuns += 1;
      }
    }
    const at = { line: firstLine + first, column: 1 };
    const defuseBlock = (characters: string, message: string) => {
      for (let index = first; index < end; index += 1) defuse(index, characters);
      problems.push(error(at, message));
    };
    if (brackets > MAX_BRACKETS_PER_PARAGRAPH) defuseBlock("[]", BRACKETS_MESSAGE);
    if (delimiterRuns > MAX_DELIMITER_RUNS_PER_PARAGRAPH) defuseBlock("*_~", EMPHASIS_MESSAGE);
    if (codeRuns > MAX_CODE_RUNS_PER_PARAGRAPH) defuseBlock("`", CODE_MESSAGE);

    if (cut && end - first > MAX_TABLE_ROWS) {
      for (let index = first; index + 1 < end; index += 1) {
        const header = (lines[index] as Line).text.replace(QUOTE_OR_SPACE, "");
        const delimiter = (lines[index + 1] as Line).text.replace(QUOTE_OR_SPACE, "").trim();
        if (!header.includes("|") && !delimiter.includes("|")) continue;
        if (!DELIMITER_ROW.test(delimiter) || cellCount(header) !== cellCount(delimiter)) continue;
        const rows = end - index - 1;
        if (rows > MAX_TABLE_ROWS) {
          leaveOut(index + 1 + MAX_TABLE_ROWS, end, "table", firstLine + index, rows);
          return;
        }
        break;
      }
    }

    let items = 0;
    let firstItem = -1;
    for (let index = first; index < end; index += 1) {
      if (!LIST_ITEM.test(textOf(index))) continue;
      items += 1;
      if (firstItem === -1) firstItem = index;
    }
    if (cut && items > MAX_LIST_ITEMS) {
      let seen = 0;
      let index = first;
      for (; index < end; index += 1) {
        if (LIST_ITEM.test((lines[index] as Line).text)) seen += 1;
        if (seen > MAX_LIST_ITEMS) break;
      }
      leaveOut(index, end, "list", firstLine + firstItem, items);
    }
  }

  if (replaced.size === 0 && removed.size === 0) return { text: source, problems, standIns: undefined, cuts };
  const parts: string[] = [source.slice(0, from)];
  lines.forEach((line, index) => {
    if (removed.has(index)) return;
    parts.push(replaced.get(index) ?? line.text, index < lines.length - 1 ? "\n" : "");
  });
  return { text: parts.join(""), problems, standIns, cuts };
}

/** Puts the characters a guard defused back into the tree's text. */
export function restoreDefused(root: Root, standIns: ReadonlyMap<string, string>): void {
  const back = new Map([...standIns].map(([character, standIn]) => [standIn, character]));
  const pattern = new RegExp(`[${[...back.keys()].join("")}]`, "g");
  const restore = (value: string) => value.replace(pattern, (standIn) => back.get(standIn) as string);
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const fields = node as unknown as Record<string, unknown>;
    for (const key of ["value", "url", "title", "alt", "lang", "meta", "label"]) {
      const value = fields[key];
      if (typeof value === "string" && pattern.test(value)) {
        pattern.lastIndex = 0;
        fields[key] = restore(value);
      }
      pattern.lastIndex = 0;
    }
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
}

/**
 * Moves the positions of everything after a cut to where it stands in the source, checks that
 * each table and list the guard cut short was parsed as one, starting where the guard found
 * it, and reports each at the table or list. Undefined when a cut was not where the guard
 * expected it (the caller then parses the text uncut).
 */
export function settleCuts(root: Root, cuts: readonly Cut[]): Problem[] | undefined {
  const shifts: { at: number; offset: number; lines: number }[] = [];
  let removedSoFar = 0;
  let linesSoFar = 0;
  for (const cut of cuts) {
    removedSoFar += cut.to - cut.from;
    linesSoFar += cut.lines;
    shifts.push({ at: cut.to - removedSoFar, offset: removedSoFar, lines: linesSoFar });
  }
  const shift = (point: { line: number; offset?: number | undefined }) => {
    const offset = point.offset ?? 0;
    let applied: (typeof shifts)[number] | undefined;
    for (const candidate of shifts) if (offset >= candidate.at) applied = candidate;
    if (applied) {
      point.offset = offset + applied.offset;
      point.line += applied.lines;
    }
  };
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      shift(node.position.start);
      shift(node.position.end);
    }
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
  const problems: Problem[] = [];
  for (const cut of cuts) {
    const found = findBlock(root, cut.kind, cut.line);
    if (!found?.position) return undefined;
    const at = { line: found.position.start.line, column: found.position.start.column };
    problems.push(error(at, cut.kind === "table" ? tableMessage(cut.count) : listMessage(cut.count)));
  }
  return problems;
}

/** The first table or list starting on `line`, outside paragraphs and headings. */
function findBlock(root: Root, type: "table" | "list", line: number): Nodes | undefined {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === type && node.position?.start.line === line) return node;
    if ("children" in node && node.type !== "paragraph" && node.type !== "heading" && node.type !== "table") {
      for (const child of node.children) stack.push(child);
    }
  }
  return undefined;
}
