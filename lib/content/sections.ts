import GithubSlugger from "github-slugger";
import type { Heading, List, ListItem, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { RESERVED_ANCHOR_IDS } from "./anchors";
import type { Point } from "./diagnostics";
import { error, startOf, type Problem } from "./problem";
import type { RenderedBlocks } from "./markdown";
import { SECTION_KINDS, type Section, type SectionItem, type SectionKind } from "./schema";
import { readHeadingMarker, unknownKindMessage } from "./section-marker";

/** The lead and sections of an article body, with everything wrong found on the way. */
export interface BodyResult {
  leadHtml: string;
  leadText: string;
  sections: Section[];
  problems: Problem[];
}

/** The kinds whose sections hold a list of items: consequences, steps or tips. */
type ListKind = Exclude<SectionKind, "definition">;

/**
 * How each list-like kind writes its items: whether `###` subsections may be its items,
 * whether its list must be ordered, and how to write them (for the "no items" message).
 */
const ITEM_RULES: Record<ListKind, { subheadings: boolean; ordered: boolean; howTo: string }> = {
  consequences: { subheadings: false, ordered: false, howTo: "请用列表写出每一项后果，每项以加粗小标题开头，例如：- **征信受损**：说明……" },
  process: { subheadings: true, ordered: true, howTo: "请用有序列表写出每一步，例如：1. **先还能还的部分**：说明……；或者每一步用一个 ### 小标题" },
  negotiation: {
    subheadings: true,
    ordered: false,
    howTo: "请给每条建议一个 ### 小标题，或者用列表，每项以加粗小标题开头，例如：- **备好材料**：说明……",
  },
  prevention: {
    subheadings: true,
    ordered: false,
    howTo: "请给每条建议一个 ### 小标题，或者用列表，每项以加粗小标题开头，例如：- **设置提醒**：说明……",
  },
};

/** Turns a run of block nodes into the HTML readers see and its plain text. */
export type RenderBlocks = (nodes: readonly RootContent[]) => RenderedBlocks;

/**
 * Splits the body (the nodes after the frontmatter) into the lead and its `##` sections
 * and turns each section into the structured data of its kind.
 */
export function buildBody(nodes: readonly RootContent[], bodyStart: Point, render: RenderBlocks): BodyResult {
  const problems: Problem[] = [];
  const firstHeading = nodes.findIndex(isSectionHeading);
  const lead = firstHeading === -1 ? [...nodes] : nodes.slice(0, firstHeading);
  if (!lead.some((node) => node.type === "paragraph")) {
    problems.push(error(lead[0] ? startOf(lead[0]) : bodyStart, "文章开头（第一个 ## 标题之前）需要至少一段导语：用一两段话说明这篇文章讲什么"));
  }

  const slugger = new GithubSlugger();
  for (const id of [...RESERVED_ANCHOR_IDS, ...SECTION_KINDS]) slugger.slug(id);
  const kindLines = new Map<SectionKind, number>();
  const sections: Section[] = [];
  let sawUnknownMarker = false;

  for (const { heading, blocks } of groupSections(nodes)) {
    const marker = readHeadingMarker(toString(heading));
    const at = startOf(heading);
    if (marker.title === "") {
      problems.push(error(at, "章节标题不能为空：请在 ## 后面写上标题"));
      continue;
    }
    if (marker.type === "unknown") {
      sawUnknownMarker = true;
      problems.push(error(markerPosition(heading, at), unknownKindMessage(marker.written)));
      continue;
    }
    if (marker.type === "none") {
      const id = slugger.slug(marker.title) || slugger.slug(`section-${sections.length + 1}`);
      sections.push({ kind: "general", id, title: marker.title, ...proseOrProblem(blocks, at, marker.title, problems, render) });
      continue;
    }
    const earlier = kindLines.get(marker.kind);
    if (earlier !== undefined) {
      problems.push(error(markerPosition(heading, at), `章节类型 "${marker.kind}" 在第 ${earlier} 行已经用过：每种类型在一篇文章里最多出现一次，请合并这两个章节或去掉其中一个标记`));
      continue;
    }
    kindLines.set(marker.kind, at.line);
    const section = buildTypedSection(marker.kind, marker.title, blocks, at, problems, render);
    if (section) sections.push(section);
  }

  if (kindLines.size === 0 && !sawUnknownMarker) {
    const at = firstHeading === -1 ? bodyStart : startOf(nodes[firstHeading] as Heading);
    problems.push(error(at, "文章至少需要一个带类型标记的章节，例如 ## 逾期是什么 {#definition}；可用类型：definition、consequences、process、negotiation、prevention"));
  }

  const { html: leadHtml, text: leadText } = render(lead);
  return { leadHtml, leadText, sections, problems };
}

function isSectionHeading(node: RootContent): node is Heading {
  return node.type === "heading" && node.depth === 2;
}

function isSubheading(node: RootContent): node is Heading {
  return node.type === "heading" && node.depth === 3;
}

function groupSections(nodes: readonly RootContent[]): { heading: Heading; blocks: RootContent[] }[] {
  const groups: { heading: Heading; blocks: RootContent[] }[] = [];
  for (const node of nodes) {
    if (isSectionHeading(node)) groups.push({ heading: node, blocks: [] });
    else groups.at(-1)?.blocks.push(node);
  }
  return groups;
}

/** Where the `{#` of a heading's marker stands in the file, read off its last text node. */
function markerPosition(heading: Heading, fallback: Point): Point {
  const last = heading.children.at(-1);
  if (last?.type !== "text" || !last.position) return fallback;
  const offset = last.value.lastIndexOf("{#");
  if (offset === -1 || last.position.start.line !== last.position.end.line) return fallback;
  return { line: last.position.end.line, column: last.position.end.column - (last.value.length - offset) };
}

function proseOrProblem(blocks: RootContent[], at: Point, title: string, problems: Problem[], render: RenderBlocks): RenderedBlocks {
  if (blocks.length === 0) problems.push(error(at, `章节“${title}”下面没有内容：请写上正文，或者删掉这个标题`));
  return render(blocks);
}

function buildTypedSection(
  kind: SectionKind,
  title: string,
  blocks: RootContent[],
  at: Point,
  problems: Problem[],
  render: RenderBlocks,
): Section | undefined {
  if (kind === "definition") {
    return { kind, id: kind, title, ...proseOrProblem(blocks, at, title, problems, render) };
  }
  const extracted = extractItems(kind, blocks, problems, render);
  if (extracted === undefined) {
    problems.push(error(at, `"${kind}" 章节“${title}”没有条目：${ITEM_RULES[kind].howTo}`));
    return undefined;
  }
  const { items, intro, outro } = extracted;
  if (items.length === 0) return undefined;
  const { html: introHtml, text: introText } = render(intro);
  const { html: outroHtml, text: outroText } = render(outro);
  const base = { id: kind, title, intro: introHtml, introText, outro: outroHtml, outroText };
  switch (kind) {
    case "consequences":
      return { kind, ...base, items };
    case "process":
      return { kind, ...base, steps: items };
    case "negotiation":
    case "prevention":
      return { kind, ...base, tips: items };
    default: {
      const unhandled: never = kind;
      throw new Error(`unknown section kind: ${String(unhandled)}`);
    }
  }
}

interface ExtractedItems {
  items: SectionItem[];
  intro: RootContent[];
  outro: RootContent[];
}

/**
 * Finds the items of a list-like section: H3 subsections where the kind allows them,
 * otherwise the first list. Returns undefined when the section has neither.
 */
function extractItems(
  kind: ListKind,
  blocks: RootContent[],
  problems: Problem[],
  render: RenderBlocks,
): ExtractedItems | undefined {
  const firstSubheading = blocks.findIndex(isSubheading);
  if (ITEM_RULES[kind].subheadings && firstSubheading !== -1) {
    return {
      items: itemsFromSubheadings(blocks.slice(firstSubheading), problems, render),
      intro: blocks.slice(0, firstSubheading),
      outro: [],
    };
  }
  const listIndex = blocks.findIndex((node) => node.type === "list");
  const list = blocks[listIndex] as List | undefined;
  if (list === undefined) return undefined;
  if (ITEM_RULES[kind].ordered && !list.ordered) {
    problems.push(error(startOf(list), "步骤需要用有序列表（1. 2. 3.）来写，或者每一步用一个 ### 小标题：请把 - 换成 1. 2. 3."));
    return { items: [], intro: [], outro: [] };
  }
  return {
    items: list.children.flatMap((item) => itemFromListItem(item, problems, render)),
    intro: blocks.slice(0, listIndex),
    outro: blocks.slice(listIndex + 1),
  };
}

function itemsFromSubheadings(blocks: RootContent[], problems: Problem[], render: RenderBlocks): SectionItem[] {
  const items: SectionItem[] = [];
  let current: { heading: Heading; body: RootContent[] } | undefined;
  const flush = () => {
    if (!current) return;
    const title = toString(current.heading).trim();
    if (title === "") problems.push(error(startOf(current.heading), "小标题不能为空：请在 ### 后面写上标题"));
    else items.push(itemOf(title, current.body, render));
  };
  for (const node of blocks) {
    if (isSubheading(node)) {
      flush();
      current = { heading: node, body: [] };
    } else {
      current?.body.push(node);
    }
  }
  flush();
  return items;
}

/** Separators editors put between a bold title and its text: full-width or ASCII colons, dashes. */
const TITLE_SEPARATOR = /^\s*[：:—–\-－、]?\s*/;

/** Reads `- **Title**：body` into an item; the leading bold text is required. */
function itemFromListItem(item: ListItem, problems: Problem[], render: RenderBlocks): SectionItem[] {
  const [first, ...rest] = item.children;
  const strong = first?.type === "paragraph" ? first.children[0] : undefined;
  const title = strong?.type === "strong" ? toString(strong).trim() : "";
  if (first?.type !== "paragraph" || title === "") {
    problems.push(error(startOf(item), "列表的每一项都要以加粗的小标题开头，例如：- **征信受损**：说明……"));
    return [];
  }
  const remainder = stripLeadingSeparator(first.children.slice(1));
  const body: RootContent[] = remainder.length > 0 ? [{ ...first, children: remainder }, ...rest] : rest;
  return [itemOf(title, body, render)];
}

function itemOf(title: string, body: RootContent[], render: RenderBlocks): SectionItem {
  return { title, ...render(body) };
}

function stripLeadingSeparator(children: PhrasingContent[]): PhrasingContent[] {
  const [head, ...tail] = children;
  if (head?.type !== "text") return children;
  const value = head.value.replace(TITLE_SEPARATOR, "");
  return value === "" ? tail : [{ ...head, value }, ...tail];
}
