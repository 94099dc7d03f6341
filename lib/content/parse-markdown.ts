import type { SyntaxNode } from "@lezer/common";
import { GFM, parser as commonMarkParser } from "@lezer/markdown";
import { decodeHTMLStrict } from "entities";
import type {
  BlockContent,
  Code,
  Definition,
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
  Yaml,
} from "mdast";
import type { Point, Position } from "unist";
import { error, type Problem } from "./problem";

/**
 * CommonMark with GitHub's tables, strikethrough, task lists and bare-address links, parsed
 * by Lezer. Lezer reads about 3 MB of Chinese prose a second on this machine, four times
 * micromark's pace (remark's parser), and gives every node, inline ones included, its exact
 * source range, which is all the editor messages need.
 */
const parser = commonMarkParser.configure(GFM);

/** A YAML frontmatter block: `---` on the first line, up to the next `---` line. */
const FRONTMATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?=\n|$)/;

/** Quotes and lists nested deeper than this are kept as plain text (and reported). */
export const MAX_NESTING = 32;
const NESTING_MESSAGE = `引用（>）或列表嵌套超过了 ${MAX_NESTING} 层，多出的部分按普通文字显示：请减少嵌套层数`;

/** How many characters Lezer may read looking for link destinations in one document. */
export const LINK_SCAN_BUDGET = 2_000_000;

/** Container marks that sit between the lines of a paragraph and are not part of its text. */
const MARKS = new Set(["QuoteMark", "ListMark", "HeaderMark", "TaskMarker", "TableDelimiter"]);

/** A character reference as CommonMark defines it (Lezer also accepts overlong numeric ones). */
const REFERENCE = "&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});";
const WHOLE_REFERENCE = new RegExp(`^${REFERENCE}$`);
/** Backslash escapes and character references, as CommonMark decodes them in URLs, titles and info strings. */
const ESCAPE_OR_REFERENCE = new RegExp(`\\\\([!-/:-@[-\`{-~])|${REFERENCE}`, "g");

function decodeString(value: string): string {
  return value.replace(ESCAPE_OR_REFERENCE, (match, escaped: string | undefined) => escaped ?? decodeHTMLStrict(match));
}

function decodeReference(reference: string): string {
  return WHOLE_REFERENCE.test(reference) ? decodeHTMLStrict(reference) : reference;
}

/** How CommonMark matches a reference label to its definition: case-insensitive, whitespace collapsed. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

/** Space, tab or line break (as a char code). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/** Turns Lezer's syntax tree into mdast, the tree the checks and the HTML renderer read. */
class MdastBuilder {
  private readonly lineStarts: number[] = [0];
  private readonly definitions = new Map<string, { url: string; title: string | null }>();
  readonly problems: Problem[] = [];

  constructor(private readonly text: string) {
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) this.lineStarts.push(index + 1);
  }

  point(offset: number): Point {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] as number) + 1, offset };
  }

  position(from: number, to: number): Position {
    return { start: this.point(from), end: this.point(to) };
  }

  slice(node: { from: number; to: number }): string {
    return this.text.slice(node.from, node.to);
  }

  /** Definitions first: a reference may come before the definition it uses. */
  collectDefinitions(document: SyntaxNode): void {
    document.cursor().iterate((ref) => {
      if (ref.name === "Paragraph" || ref.name.startsWith("ATXHeading") || ref.name.startsWith("SetextHeading")) return false;
      if (ref.name !== "LinkReference") return undefined;
      const definition = this.definition(ref.node);
      if (definition.type === "definition" && !this.definitions.has(definition.identifier)) {
        this.definitions.set(definition.identifier, { url: definition.url, title: definition.title ?? null });
      }
      return false;
    });
  }

  blocks(parent: SyntaxNode, depth: number): RootContent[] {
    const blocks: RootContent[] = [];
    for (const child of childrenOf(parent)) {
      const block = this.block(child, depth);
      if (block) blocks.push(block);
    }
    return blocks;
  }

  block(node: SyntaxNode, depth: number): RootContent | undefined {
    const position = this.position(node.from, node.to);
    const name = node.name;
    if (MARKS.has(name)) return undefined;
    if (depth > MAX_NESTING) {
      this.problems.push(error(position.start, NESTING_MESSAGE));
      return { type: "paragraph", children: [{ type: "text", value: this.slice(node), position }], position };
    }
    if (name.startsWith("ATXHeading")) {
      const marks = node.getChildren("HeaderMark");
      const from = marks[0]?.to ?? node.from;
      const to = marks.length > 1 ? (marks.at(-1) as SyntaxNode).from : node.to;
      const heading: Heading = { type: "heading", depth: Number(name.at(-1)) as Heading["depth"], children: this.phrasing(node, from, to, true), position };
      return heading;
    }
    if (name.startsWith("SetextHeading")) {
      const underline = node.getChildren("HeaderMark").at(-1);
      const depth = name.endsWith("1") ? 1 : 2;
      return { type: "heading", depth, children: this.phrasing(node, node.from, underline?.from ?? node.to, true), position };
    }
    switch (name) {
      case "Paragraph":
        return { type: "paragraph", children: this.phrasing(node, node.from, node.to, true), position };
      case "Task":
        return { type: "paragraph", children: this.phrasing(node, node.getChild("TaskMarker")?.to ?? node.from, node.to, true), position };
      case "Blockquote":
        return { type: "blockquote", children: this.blocks(node, depth + 1) as BlockContent[], position };
      case "BulletList":
      case "OrderedList":
        return this.list(node, position, depth);
      case "FencedCode":
      case "CodeBlock":
        return this.code(node, position);
      case "HTMLBlock":
      case "CommentBlock":
      case "ProcessingInstructionBlock":
        return { type: "html", value: this.slice(node).replace(/\n$/, ""), position };
      case "HorizontalRule":
        return { type: "thematicBreak", position };
      case "LinkReference":
        return this.definition(node);
      case "Table":
        return this.table(node, position);
      default:
        return { type: "paragraph", children: [{ type: "text", value: this.slice(node), position }], position };
    }
  }

  definition(node: SyntaxNode): Definition | FootnoteDefinition {
    const position = this.position(node.from, node.to);
    const label = this.slice(node.getChild("LinkLabel") ?? node).slice(1, -1);
    if (label.startsWith("^")) return { type: "footnoteDefinition", identifier: normalizeLabel(label), label, children: [], position };
    const url = node.getChild("URL");
    const title = node.getChild("LinkTitle");
    return {
      type: "definition",
      identifier: normalizeLabel(label),
      label,
      url: url ? this.destination(url) : "",
      title: title ? decodeString(this.slice(title).slice(1, -1)) : null,
      position,
    };
  }

  destination(url: SyntaxNode): string {
    const raw = this.slice(url);
    return decodeString(raw.startsWith("<") && raw.endsWith(">") ? raw.slice(1, -1) : raw);
  }

  list(node: SyntaxNode, position: Position, depth: number): List {
    const items = node.getChildren("ListItem");
    const children = items.map((item) => this.listItem(item, depth + 1));
    const separated = items.some((item, index) => index > 0 && this.blankLineBetween((items[index - 1] as SyntaxNode).to, item.from));
    const ordered = node.name === "OrderedList";
    const firstMark = items[0] ? items[0].getChild("ListMark") : null;
    const start = ordered && firstMark ? Number.parseInt(this.slice(firstMark), 10) : null;
    return { type: "list", ordered, start, spread: separated || children.some((item) => item.spread), children, position };
  }

  listItem(node: SyntaxNode, depth: number): ListItem {
    const blocks = childrenOf(node).filter((child) => !MARKS.has(child.name));
    const spread = blocks.some((block, index) => index > 0 && this.blankLineBetween((blocks[index - 1] as SyntaxNode).to, block.from));
    const task = node.getChild("Task");
    const marker = task ? task.getChild("TaskMarker") : null;
    const checked = marker ? /x/i.test(this.slice(marker)) : null;
    return { type: "listItem", spread, checked, children: this.blocks(node, depth) as BlockContent[], position: this.position(node.from, node.to) };
  }

  /** Whether a line with nothing but spaces (or quote marks) lies between two offsets. */
  blankLineBetween(from: number, to: number): boolean {
    return /\n[ \t>]*\n/.test(this.text.slice(from, to));
  }

  /**
   * A code block's text, line by line: Lezer marks where each line's code starts (after
   * quote marks and list indentation); lines it leaves unmarked are blank. A fence indented
   * by N spaces takes up to N spaces off each line, as CommonMark says.
   */
  code(node: SyntaxNode, position: Position): Code {
    const marks = node.getChildren("CodeMark");
    const fenced = node.name === "FencedCode";
    const lineStart = new Map<number, number>();
    for (const text of node.getChildren("CodeText")) {
      for (let offset = text.from; offset < text.to; offset = this.text.indexOf("\n", offset) + 1 || text.to) {
        const line = this.point(offset).line;
        if (!lineStart.has(line)) lineStart.set(line, offset);
      }
    }
    const first = fenced ? this.point(node.from).line + 1 : this.point(node.from).line;
    const closed = fenced && marks.length > 1;
    const contentEnd = this.text[node.to - 1] === "\n" ? node.to - 1 : node.to;
    const last = closed ? this.point((marks.at(-1) as SyntaxNode).from).line - 1 : this.point(contentEnd).line;
    const fenceIndent = new RegExp(`^ {0,${fenced ? this.fenceIndent(node, marks[0]) : 0}}`);
    const lines: string[] = [];
    for (let line = first; line <= last; line += 1) {
      const start = lineStart.get(line);
      const end = line < this.lineStarts.length ? (this.lineStarts[line] as number) - 1 : this.text.length;
      lines.push(start === undefined ? "" : this.text.slice(start, end).replace(fenceIndent, ""));
    }
    const value = lines.join("\n");
    const info = node.getChild("CodeInfo");
    const [lang, ...meta] = info ? decodeString(this.slice(info)).trim().split(/\s+/) : [];
    return { type: "code", lang: lang || null, meta: meta.length > 0 ? meta.join(" ") : null, value, position };
  }

  /** Spaces before an opening fence at the top level or in a quote; list items start their content at the fence. */
  fenceIndent(node: SyntaxNode, mark: SyntaxNode | undefined): number {
    if (!mark) return 0;
    const line = this.point(mark.from).line;
    const before = this.text.slice(this.lineStarts[line - 1] as number, mark.from);
    if (node.parent?.name === "Document" && /^ *$/.test(before)) return before.length;
    const quoted = /^(?:[ ]{0,3}>)+ ?( *)$/.exec(before);
    return node.parent?.name === "Blockquote" && quoted ? (quoted[1] ?? "").length : 0;
  }

  table(node: SyntaxNode, position: Position): Table {
    const parts = childrenOf(node);
    const delimiterRow = parts.find((child) => child.name === "TableDelimiter");
    const align = (delimiterRow ? this.cellsOfDelimiterRow(this.slice(delimiterRow)) : []).map((cell) => {
      const left = cell.startsWith(":");
      const right = cell.endsWith(":");
      return left && right ? "center" : left ? "left" : right ? "right" : null;
    });
    const rows = parts.filter((child) => child.name === "TableHeader" || child.name === "TableRow");
    if (rows.length > MAX_TABLE_ROWS) {
      this.problems.push(error(position.start, `表格有 ${rows.length} 行，超过了 ${MAX_TABLE_ROWS} 行，多出的行不会显示：请把它拆成几个小表格`));
      rows.length = MAX_TABLE_ROWS;
    }
    const columns = Math.max(align.length, 1);
    return { type: "table", align, children: rows.map((row) => this.tableRow(row, columns)), position };
  }

  cellsOfDelimiterRow(row: string): string[] {
    return row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => cell.trim());
  }

  tableRow(row: SyntaxNode, columns: number): TableRow {
    const delimiters = row.getChildren("TableDelimiter");
    const bounds = [row.from, ...delimiters.flatMap((delimiter) => [delimiter.from, delimiter.to]), row.to];
    const segments: { from: number; to: number }[] = [];
    for (let index = 0; index < bounds.length; index += 2) segments.push({ from: bounds[index] as number, to: bounds[index + 1] as number });
    if (delimiters[0]?.from === row.from) segments.shift();
    if (delimiters.at(-1)?.to === row.to) segments.pop();
    const cellNodes = row.getChildren("TableCell");
    const cells: TableCell[] = segments.slice(0, columns).map(({ from, to }) => {
      const cell = cellNodes.find((node) => node.from >= from && node.to <= to);
      return { type: "tableCell", children: cell ? this.phrasing(cell, cell.from, cell.to, true) : [], position: this.position(from, to) };
    });
    while (cells.length < columns) cells.push({ type: "tableCell", children: [] });
    return { type: "tableRow", children: cells, position: this.position(row.from, row.to) };
  }

  /**
   * The inline content of `node` between two offsets. The text between child nodes becomes
   * text nodes, without the indentation and quote marks of continuation lines, and with
   * escapes and character references decoded and merged into the text around them.
   */
  phrasing(node: SyntaxNode, rangeFrom: number, rangeTo: number, trim: boolean, inLink = false): PhrasingContent[] {
    let from = rangeFrom;
    let to = rangeTo;
    if (trim) {
      while (from < to && isSpace(this.text.charCodeAt(from))) from += 1;
      while (to > from && isSpace(this.text.charCodeAt(to - 1))) to -= 1;
    }
    const content: PhrasingContent[] = [];
    let pending: { value: string; from: number; to: number } | undefined;
    const addText = (value: string, start: number, end: number) => {
      if (value === "") return;
      if (pending) {
        pending.value += value;
        pending.to = end;
      } else {
        pending = { value, from: start, to: end };
      }
    };
    const flush = () => {
      if (!pending) return;
      const value = pending.value.replace(/[ \t]*\n[ \t]*/g, "\n");
      const text: Text = { type: "text", value, position: this.position(pending.from, pending.to) };
      content.push(text);
      pending = undefined;
    };
    let cursor = from;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.to <= from || child.from >= to) continue;
      addText(this.text.slice(cursor, child.from), cursor, child.from);
      cursor = child.to;
      if (MARKS.has(child.name)) continue;
      if (child.name === "Escape") addText(this.slice(child).slice(1), child.from, child.to);
      else if (child.name === "Entity") addText(decodeReference(this.slice(child)), child.from, child.to);
      else if (child.name === "URL" && inLink) addText(this.slice(child), child.from, child.to);
      else {
        const inline = this.inline(child, inLink);
        if (inline.length === 1 && inline[0]?.type === "text" && child.name !== "InlineCode") {
          addText(inline[0].value, child.from, child.to);
        } else {
          flush();
          content.push(...inline);
        }
      }
    }
    addText(this.text.slice(cursor, to), cursor, to);
    flush();
    return content;
  }

  inline(node: SyntaxNode, inLink: boolean): PhrasingContent[] {
    const position = this.position(node.from, node.to);
    const inner = (markName: string) => {
      const marks = node.getChildren(markName);
      return this.phrasing(node, marks[0]?.to ?? node.from, marks.at(-1)?.from ?? node.to, false, inLink);
    };
    switch (node.name) {
      case "Emphasis":
        return [{ type: "emphasis", children: inner("EmphasisMark"), position }];
      case "StrongEmphasis":
        return [{ type: "strong", children: inner("EmphasisMark"), position }];
      case "Strikethrough":
        return [{ type: "delete", children: inner("StrikethroughMark"), position }];
      case "InlineCode": {
        const marks = node.getChildren("CodeMark");
        let value = this.text.slice(marks[0]?.to ?? node.from, marks.at(-1)?.from ?? node.to).replace(/\n/g, " ");
        if (value.length > 2 && value.startsWith(" ") && value.endsWith(" ") && value.trim() !== "") value = value.slice(1, -1);
        return [{ type: "inlineCode", value, position }];
      }
      case "HardBreak":
        return [{ type: "break", position }];
      case "HTMLTag":
      case "Comment":
      case "ProcessingInstruction":
        return [{ type: "html", value: this.slice(node), position }];
      case "Autolink": {
        const url = node.getChild("URL");
        const address = url ? this.slice(url) : "";
        return [{ type: "link", url: withScheme(address, "autolink"), title: null, children: [{ type: "text", value: address, position }], position }];
      }
      case "URL": {
        const address = this.slice(node);
        return [{ type: "link", url: withScheme(address, "literal"), title: null, children: [{ type: "text", value: address, position }], position }];
      }
      case "Link":
      case "Image":
        return this.linkOrImage(node, position);
      default:
        return [{ type: "text", value: this.slice(node), position }];
    }
  }

  linkOrImage(node: SyntaxNode, position: Position): PhrasingContent[] {
    const marks = node.getChildren("LinkMark");
    const open = marks[0];
    const close = marks[1];
    if (!open || !close) return [{ type: "text", value: this.slice(node), position }];
    const children = this.phrasing(node, open.to, close.from, false, true);
    const isImage = node.name === "Image";
    const url = node.getChildren("URL").find((child) => child.from >= close.to);
    const titleNode = node.getChild("LinkTitle");
    let target: { url: string; title: string | null } | undefined;
    if (url || (marks[2] && this.slice(marks[2]) === "(")) {
      target = { url: url ? this.destination(url) : "", title: titleNode ? decodeString(this.slice(titleNode).slice(1, -1)) : null };
    } else {
      const labelNode = node.getChild("LinkLabel");
      const written = labelNode && labelNode.to - labelNode.from > 2 ? this.slice(labelNode).slice(1, -1) : this.text.slice(open.to, close.from);
      if (!isImage && !labelNode && written.startsWith("^")) {
        return [{ type: "footnoteReference", identifier: normalizeLabel(written), label: written, position }];
      }
      target = this.definitions.get(normalizeLabel(written));
    }
    if (!target) {
      const opening: Text = { type: "text", value: this.slice(open), position: this.position(open.from, open.to) };
      const closing: Text = { type: "text", value: decodeString(this.text.slice(close.from, node.to)), position: this.position(close.from, node.to) };
      return [opening, ...children, closing];
    }
    if (isImage) return [{ type: "image", url: target.url, title: target.title, alt: plainText(children), position }];
    return [{ type: "link", url: target.url, title: target.title, children, position }];
  }
}

/** An autolink's address as a URL: `www.` gets `http://`, a bare e-mail address `mailto:`. */
function withScheme(address: string, kind: "autolink" | "literal"): string {
  if (/^[a-z][a-z0-9+.-]{1,31}:/i.test(address)) return address;
  if (address.includes("@")) return `mailto:${address}`;
  return kind === "literal" ? `http://${address}` : address;
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if ("value" in node) return node.value;
      if (node.type === "image") return node.alt ?? "";
      if ("children" in node) return plainText(node.children);
      return "";
    })
    .join("");
}

/** What parsing yields: the tree, and what the parser itself had to refuse. */
export interface ParsedMarkdown {
  root: Root;
  problems: Problem[];
}

/**
 * Rows a table may have. The HTML renderer looks each row up among its siblings, so a table
 * costs the square of its rows; a longer table is cut here (and reported).
 */
export const MAX_TABLE_ROWS = 1_000;

/** Brackets one paragraph may hold before its links are no longer parsed. */
export const MAX_BRACKETS_PER_PARAGRAPH = 1_000;

/** Runs of `*`, `_` or `~` one paragraph may hold before its emphasis is no longer parsed. */
export const MAX_DELIMITER_RUNS_PER_PARAGRAPH = 2_000;

/** A line of the text that was defused, and why. */
export interface DefusedLine {
  line: number;
  reason: "nesting" | "brackets" | "emphasis" | "link-scan";
}

/**
 * Lezer is linear on sane Markdown but not on some kinds of broken input, each of which
 * no real article contains:
 * - quote marks nested without end (`> > > …`): past `MAX_NESTING` they become text;
 * - a paragraph with thousands of brackets or emphasis marks: every finished link revisits
 *   all earlier brackets of its paragraph, every closing `*` all earlier unmatched ones, so
 *   past `MAX_BRACKETS_PER_PARAGRAPH` its `[`, past `MAX_DELIMITER_RUNS_PER_PARAGRAPH` its
 *   `*`, `_` and `~` become text;
 * - after every `](` Lezer reads ahead for a destination, up to the next space or the first
 *   `)` that closes nothing, so a long line of unclosed `](` is quadratic. The reading each
 *   `](` will cost is measured in one backward pass; past `budget` in all, the costliest
 *   lines lose their `](`.
 * Defused characters become U+FFFD, so every position stays put (the tree's text still
 * comes from the original). Returns the text for Lezer and the lines it defused.
 */
export function defuseQuadraticInput(original: string, budget = LINK_SCAN_BUDGET): { text: string; defused: DefusedLine[] } {
  const defused: DefusedLine[] = [];
  const lines = original.split("\n");
  lines.forEach((content, index) => {
    let depth = 0;
    let cut = -1;
    for (let position = 0; position < content.length; position += 1) {
      const code = content.charCodeAt(position);
      if (code === 62) {
        depth += 1;
        if (depth > MAX_NESTING && cut === -1) cut = position;
      } else if (code !== 32 && code !== 9) break;
    }
    if (cut !== -1) {
      lines[index] = content.slice(0, cut) + content.slice(cut).replace(/^[> \t]+/, (prefix) => prefix.replaceAll(">", "\uFFFD"));
      defused.push({ line: index + 1, reason: "nesting" });
    }
  });
  let paragraphStart = 0;
  let brackets = 0;
  let delimiterRuns = 0;
  const withoutLinks = new Set<number>();
  const closeParagraph = (end: number) => {
    if (brackets > MAX_BRACKETS_PER_PARAGRAPH) {
      for (let index = paragraphStart; index < end; index += 1) {
        lines[index] = (lines[index] as string).replaceAll("[", "\uFFFD");
        withoutLinks.add(index + 1);
      }
      defused.push({ line: paragraphStart + 1, reason: "brackets" });
    }
    if (delimiterRuns > MAX_DELIMITER_RUNS_PER_PARAGRAPH) {
      for (let index = paragraphStart; index < end; index += 1) lines[index] = (lines[index] as string).replace(/[*_~]/g, "\uFFFD");
      defused.push({ line: paragraphStart + 1, reason: "emphasis" });
    }
  };
  lines.forEach((content, index) => {
    if (content.trim() === "") {
      closeParagraph(index);
      paragraphStart = index + 1;
      brackets = 0;
      delimiterRuns = 0;
      return;
    }
    for (let position = 0; position < content.length; position += 1) {
      const code = content.charCodeAt(position);
      if (code === 93) brackets += 1;
      else if ((code === 42 || code === 95 || code === 126) && content.charCodeAt(position - 1) !== code) delimiterRuns += 1;
    }
  });
  closeParagraph(lines.length);
  const text = lines.join("\n");
  for (const line of costlyLinkLines(text, budget, withoutLinks)) {
    lines[line - 1] = (lines[line - 1] as string).replaceAll("](", "]\uFFFD");
    defused.push({ line, reason: "link-scan" });
  }
  return { text: defused.length === 0 ? original : lines.join("\n"), defused: defused.sort((a, b) => a.line - b.line) };
}

/**
 * The lines whose `](` would make Lezer read more than `budget` characters in all, costliest
 * first. Lines in `withoutLinks` have no `[` left, so their `](` start no link.
 */
function costlyLinkLines(text: string, budget: number, withoutLinks: ReadonlySet<number>): number[] {
  if (!text.includes("](")) return [];
  const length = text.length;
  const escaped = new Uint8Array(length + 1);
  for (let index = 1; index < length; index += 1) escaped[index] = text.charCodeAt(index - 1) === 92 && !escaped[index - 1] ? 1 : 0;
  const stop = new Int32Array(length + 1).fill(length);
  const closers: number[] = [];
  let nextSpace = length;
  for (let index = length - 1; index >= 0; index -= 1) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      nextSpace = index;
      closers.length = 0;
      stop[index] = index;
      continue;
    }
    if (code === 41 && !escaped[index]) closers.push(index);
    else if (code === 40 && !escaped[index]) closers.pop();
    stop[index] = closers.at(-1) ?? nextSpace;
  }
  const costByLine = new Map<number, number>();
  let total = 0;
  let line = 1;
  let nextNewline = text.indexOf("\n");
  for (let index = text.indexOf("]("); index !== -1; index = text.indexOf("](", index + 2)) {
    while (nextNewline !== -1 && nextNewline < index) {
      line += 1;
      nextNewline = text.indexOf("\n", nextNewline + 1);
    }
    if (withoutLinks.has(line)) continue;
    const start = index + 2;
    const cost = (stop[start] ?? length) - start;
    costByLine.set(line, (costByLine.get(line) ?? 0) + cost);
    total += cost;
  }
  const costly: number[] = [];
  for (const [costlyLine, cost] of [...costByLine].sort((a, b) => b[1] - a[1])) {
    if (total <= budget) break;
    costly.push(costlyLine);
    total -= cost;
  }
  return costly;
}

/** What each kind of defused line tells the editor. */
const DEFUSED_MESSAGES: Record<DefusedLine["reason"], string> = {
  nesting: NESTING_MESSAGE,
  brackets: `这一段的方括号 [ ] 超过了 ${MAX_BRACKETS_PER_PARAGRAPH} 个，整段按普通文字处理，里面的链接不会生效：请把这一段拆开，或删掉多余的方括号`,
  emphasis: `这一段的 *、_、~ 符号超过了 ${MAX_DELIMITER_RUNS_PER_PARAGRAPH} 组，整段的加粗、斜体和删除线都不会生效：请把这一段拆开，或删掉多余的符号`,
  "link-scan": "这一行有大量没有闭合的链接括号“](”，已按普通文字处理：请检查这一行的每个链接，都要写成 [文字](网址)，右括号不能少",
};

/**
 * Parses Markdown with YAML frontmatter into an mdast tree with positions. A frontmatter
 * block becomes the first node (`yaml`); link and image references come out resolved, as
 * plain links and images; `[^x]` footnotes come out as footnote nodes so the checks can
 * reject them. Never throws, and runs in time linear in the input: what would not (quotes
 * nested without end, lines of unclosed links) is kept as text and reported.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  const frontmatter = FRONTMATTER.exec(source);
  const frontmatterEnd = frontmatter ? frontmatter[0].length : 0;
  const blanked = frontmatter ? source.slice(0, frontmatterEnd).replace(/[^\n]/g, " ") + source.slice(frontmatterEnd) : source;
  const { text, defused } = defuseQuadraticInput(blanked);
  const builder = new MdastBuilder(source);
  const document = parser.parse(text).topNode;
  builder.collectDefinitions(document);
  const children = builder.blocks(document, 0);
  if (frontmatter) {
    const yaml: Yaml = { type: "yaml", value: frontmatter[1] ?? "", position: builder.position(0, frontmatterEnd) };
    children.unshift(yaml);
  }
  const problems = [
    ...defused.map(({ line, reason }) => error({ line, column: 1 }, DEFUSED_MESSAGES[reason])),
    ...builder.problems,
  ];
  return { root: { type: "root", children, position: builder.position(0, source.length) }, problems };
}
