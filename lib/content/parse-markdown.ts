import type { Definition, FootnoteDefinition, FootnoteReference, Image, Link, Nodes, Parents, Root, RootContent } from "mdast";
import type { Extension as MicromarkExtension } from "micromark-util-types";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import type { Point } from "unist";
import { MAY_HOLD_ADDRESS, linkAddresses } from "./autolinks";
import { guardInput, restoreDefused, settleCuts } from "./parse-guards";
import type { Problem } from "./problem";

/** What parsing yields: the tree, and what the parser itself had to refuse. */
export interface ParsedMarkdown {
  root: Root;
  problems: Problem[];
}

/**
 * Makes every `[^label]` a footnote call, defined or not (micromark-extension-gfm-footnote asks
 * `parser.gfmFootnotes` whether a label is defined). Articles may not use footnotes, so a
 * reference without its definition must be found and reported too, not shown as text.
 */
const EVERY_LABEL = Object.assign([] as string[], { includes: () => true });
const everyFootnoteCallDefined: MicromarkExtension = {
  text: {
    91: {
      name: "everyFootnoteCallDefined",
      add: "before",
      tokenize(_effects, _ok, nok) {
        (this.parser as { gfmFootnotes?: string[] }).gfmFootnotes = EVERY_LABEL;
        return nok;
      },
    },
  },
};

function remarkEveryFootnoteCallDefined(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(everyFootnoteCallDefined);
}

/** micromark-extension-gfm-autolink-literal's constructs, by name. */
const LITERAL_AUTOLINKS = new Set(["wwwAutolink", "protocolAutolink", "emailAutolink"]);

/**
 * Takes GitHub's bare-address links back out of remark-gfm (the micromark constructs and the
 * mdast transform): an address there runs on to the next space, through the Chinese that
 * follows it. ./autolinks links bare addresses instead, by this site's rules.
 */
function remarkWithoutLiteralAutolinks(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    const filtered: Record<string, unknown> = {};
    for (const [hook, constructs] of Object.entries(extension)) {
      if (hook !== "text" || typeof constructs !== "object" || constructs === null) {
        filtered[hook] = constructs;
        continue;
      }
      const byCode: Record<string, unknown> = {};
      for (const [code, list] of Object.entries(constructs as Record<string, unknown>)) {
        const kept = (Array.isArray(list) ? list : [list]).filter((construct: { name?: string }) => !LITERAL_AUTOLINKS.has(construct.name ?? ""));
        if (kept.length > 0) byCode[code] = kept;
      }
      filtered[hook] = byCode;
    }
    return filtered as MicromarkExtension;
  });
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extensions) =>
    Array.isArray(extensions) ? extensions.filter((extension) => !(extension.enter && "literalAutolink" in extension.enter)) : extensions,
  );
}

/**
 * remark: CommonMark, with GitHub's extensions (`~~strikethrough~~` only: a single `~` stays
 * text, so `3~5 天` is never struck through) when the text may use them, and YAML frontmatter
 * when the file has it (only then: micromark's failed attempt at frontmatter in a file that
 * starts with an unclosed `---` changes how a footnote definition after it is read).
 */
const processors = new Map<string, Processor<Root>>();
function processorFor(frontmatter: boolean, extensions: boolean, footnotes: boolean): Processor<Root> {
  const key = `${frontmatter}${extensions}${footnotes}`;
  let processor = processors.get(key);
  if (!processor) {
    const built = unified().use(remarkParse);
    if (extensions) built.use(remarkGfm, { singleTilde: false }).use(remarkWithoutLiteralAutolinks);
    if (frontmatter) built.use(remarkFrontmatter, ["yaml"]);
    if (footnotes) built.use(remarkEveryFootnoteCallDefined);
    processor = built.freeze() as unknown as Processor<Root>;
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Text without which none of GitHub's extensions (bare addresses aside, see ./autolinks) can
 * apply: a footnote (`[^`), a tilde (strikethrough; even a single `~`, which is never struck
 * through, changes which `*` and `_` can open emphasis next to it: `逾*~*`), a table's
 * delimiter row (`|`, `:-` or `-:`) or a task box. Text without any is parsed as CommonMark
 * alone, to the same tree, without the extensions' cost.
 */
const GFM_TRIGGER = /\[\^|~|\||:-|-:|\[[\s xX]\]/g;

/** A YAML frontmatter block: `---` on the first line, up to the next `---` line. */
const FRONTMATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?=\n|$)/;

export type Extensions = "as-needed" | "always";

function parseText(text: string, bodyStart: number, extensions: Extensions): Root {
  GFM_TRIGGER.lastIndex = bodyStart;
  const gfm = extensions === "always" || GFM_TRIGGER.test(text);
  return processorFor(bodyStart > 0, gfm, gfm && text.includes("[^", bodyStart)).parse(text);
}

/** How CommonMark matches a reference label to its definition: case-insensitive, whitespace collapsed. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

/** Definitions by identifier, the first of each winning, as CommonMark says. */
function collectDefinitions(parent: Parents, found: Map<string, Definition>): void {
  for (const child of parent.children) {
    if (child.type === "definition") {
      if (!found.has(child.identifier)) found.set(child.identifier, child);
    } else if (child.type === "blockquote" || child.type === "list" || child.type === "listItem" || child.type === "footnoteDefinition") {
      collectDefinitions(child, found);
    }
  }
}

/** Node types that hold other blocks. */
const CONTAINERS = new Set(["root", "blockquote", "list", "listItem", "footnoteDefinition"]);

/**
 * Shapes the tree for the checks and the renderer:
 * - references become plain links and images (each section is rendered on its own, away from
 *   the definitions);
 * - footnotes are labelled as written (`^1`), so the checks can name them;
 * - raw HTML keeps its text as written in the file (later lines' quote marks and indentation
 *   included), which is what an editor sees when the checks show it as text;
 * - line breaks inside a code span become spaces, as in the HTML.
 * Also places blocks where editors' messages have always put them (see `alignStart`).
 */
class TreeShaper {
  constructor(
    private readonly source: string,
    private readonly definitions: ReadonlyMap<string, Definition>,
    /** Whether to look inside paragraphs, headings and tables. */
    private readonly inline: boolean,
    /** Whether the text may hold bare addresses to link. */
    private readonly addresses: boolean,
  ) {}

  shape(parent: Parents, contentColumn: number, inLink = false): void {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index += 1) {
      const node = children[index] as RootContent;
      if (CONTAINERS.has(parent.type)) this.alignStart(node, parent, contentColumn);
      switch (node.type) {
        case "text":
          if (this.addresses && !inLink && MAY_HOLD_ADDRESS.test(node.value)) {
            const pieces = linkAddresses(node, this.source);
            if (pieces[0] !== node) {
              children.splice(index, 1, ...(pieces as RootContent[]));
              index += pieces.length - 1;
            }
          }
          continue;
        case "linkReference":
        case "imageReference": {
          const definition = this.definitions.get(node.identifier);
          if (!definition) break;
          const title = definition.title ?? null;
          const resolved: Link | Image =
            node.type === "linkReference"
              ? { type: "link", url: definition.url, title, children: node.children, position: node.position }
              : { type: "image", url: definition.url, title, alt: node.alt ?? "", position: node.position };
          children[index] = resolved;
          break;
        }
        case "footnoteReference": {
          const label = `^${node.label ?? node.identifier}`;
          const reference: FootnoteReference = { type: "footnoteReference", identifier: normalizeLabel(label), label, position: node.position };
          children[index] = reference;
          break;
        }
        case "footnoteDefinition": {
          const label = `^${node.label ?? node.identifier}`;
          const definition: FootnoteDefinition = { ...node, identifier: normalizeLabel(label), label };
          children[index] = definition;
          break;
        }
        case "html": {
          const { start, end } = node.position ?? {};
          if (start?.offset !== undefined && end?.offset !== undefined) node.value = this.source.slice(start.offset, end.offset).replace(/\n$/, "");
          break;
        }
        case "inlineCode":
          if (node.value.includes("\n")) node.value = node.value.replace(/\n/g, " ");
          break;
        default:
          break;
      }
      const current = children[index] as Nodes;
      if (!("children" in current)) continue;
      if (CONTAINERS.has(current.type)) this.shape(current as Parents, this.contentColumnOf(current as Parents, contentColumn));
      else if (this.inline) this.shape(current as Parents, contentColumn, inLink || current.type === "link" || current.type === "linkReference");
    }
  }

  /** Where the blocks inside a container start on their lines. */
  contentColumnOf(container: Parents, outer: number): number {
    const start = container.position?.start;
    if (!start || start.offset === undefined) return outer;
    if (container.type === "blockquote") {
      const after = this.source.charCodeAt(start.offset + 1);
      return start.column + (after === 32 || after === 9 ? 2 : 1);
    }
    if (container.type === "listItem" || container.type === "footnoteDefinition") {
      const first = container.children[0]?.position?.start;
      return first && first.line === start.line ? first.column : outer;
    }
    return outer;
  }

  /**
   * Moves the start of a block to where the previous parser put it, which every message about
   * the block points at: a list and its items at the start of their line within the enclosing
   * container (before any indentation of the marker), raw HTML at its `<` after the
   * indentation, indented code after its four columns of indentation, and a setext heading on
   * its own first line rather than on a link definition above it.
   */
  alignStart(node: RootContent, parent: Parents, contentColumn: number): void {
    const start = node.position?.start;
    if (!start || start.offset === undefined) return;
    switch (node.type) {
      case "list":
      case "listItem": {
        let offset = start.offset;
        let column = start.column;
        while (column > contentColumn && this.source.charCodeAt(offset - 1) === 32) {
          offset -= 1;
          column -= 1;
        }
        if (offset !== start.offset) this.moveStart(node, offset, column);
        return;
      }
      case "html": {
        let offset = start.offset;
        while (this.source.charCodeAt(offset) === 32 || this.source.charCodeAt(offset) === 9) offset += 1;
        if (offset !== start.offset) this.moveStart(node, offset, start.column + (offset - start.offset));
        return;
      }
      case "code": {
        const opening = this.source.slice(start.offset, start.offset + 4);
        if (/^ {0,3}(?:```|~~~)/.test(opening)) return;
        let offset = start.offset;
        let columns = 0;
        while (columns < 4) {
          const code = this.source.charCodeAt(offset);
          if (code === 32) columns += 1;
          else if (code === 9) columns = 4;
          else break;
          offset += 1;
        }
        if (offset !== start.offset) this.moveStart(node, offset, start.column + (offset - start.offset));
        return;
      }
      case "heading": {
        const first = node.children[0]?.position?.start;
        if (first && first.line > start.line && first.offset !== undefined) this.moveStart(node, first.offset, first.column, first.line);
        return;
      }
      default:
        return;
    }
  }

  moveStart(node: Nodes, offset: number, column: number, line = node.position?.start.line ?? 1): void {
    if (node.position) node.position.start = { line, column, offset } satisfies Point;
  }
}

/**
 * Parses Markdown with YAML frontmatter into an mdast tree with positions (remark: micromark
 * with GitHub's extensions and frontmatter). A frontmatter block becomes the first node
 * (`yaml`); link and image references come out resolved, as plain links and images; `[^x]`
 * footnotes, defined or not, come out as footnote nodes so the checks can reject them. Never
 * throws, and runs in time linear in the input: what would not is defused and reported
 * (./parse-guards). `extensions: "always"` turns off the shortcut for text that cannot use
 * GitHub's extensions (for the test that it changes nothing).
 */
export function parseMarkdown(source: string, { extensions = "as-needed" }: { extensions?: Extensions } = {}): ParsedMarkdown {
  const bodyStart = FRONTMATTER.exec(source)?.[0].length ?? 0;
  let guarded = guardInput(source, bodyStart);
  let root = parseText(guarded.text, bodyStart, extensions);
  let problems = guarded.problems;
  if (guarded.cuts.length > 0) {
    const cutProblems = settleCuts(root, guarded.cuts);
    if (cutProblems) {
      problems = [...problems, ...cutProblems];
    } else {
      guarded = guardInput(source, bodyStart, { cut: false });
      root = parseText(guarded.text, bodyStart, extensions);
      problems = guarded.problems;
    }
  }
  if (guarded.standIns) restoreDefused(root, guarded.standIns);
  const definitions = new Map<string, Definition>();
  collectDefinitions(root, definitions);
  const { text } = guarded;
  const addresses = MAY_HOLD_ADDRESS.test(bodyStart > 0 ? text.slice(bodyStart) : text);
  const inline = addresses || definitions.size > 0 || text.includes("[^", bodyStart) || text.includes("<", bodyStart) || text.includes("`", bodyStart);
  new TreeShaper(source, definitions, inline, addresses).shape(root, 1);
  return { root, problems };
}
