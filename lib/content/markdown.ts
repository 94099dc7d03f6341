import type { Element, Nodes as HastNodes, Root as HastRoot } from "hast";
import { toText } from "hast-util-to-text";
import type { Heading, Paragraph, Root, RootContent, Table } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Node } from "unist";
import { collapseWhitespace } from "./plain-text";

/**
 * A paragraph, heading or table (blocks of inline content only) wrapped for rendering; see
 * `forRendering`. Registered as mdast content, the way unified's plugins add their own nodes.
 */
interface InlineContainer extends Node {
  type: "inlineContainer";
  block: Paragraph | Heading | Table;
}

declare module "mdast" {
  interface BlockContentMap {
    inlineContainer: InlineContainer;
  }
  interface RootContentMap {
    inlineContainer: InlineContainer;
  }
}

const INLINE_CONTAINERS = new Set<RootContent["type"]>(["paragraph", "heading", "table"]);

/**
 * The sanitizer's default allow-list (GitHub's), plus `tel:` links for phone numbers.
 * It drops every `javascript:`/`data:` URL, event handler and script element, so even a
 * bug upstream cannot put script into a reader's page.
 */
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), "tel"] },
};

/** Adds `rel="noopener noreferrer"` to the links of a tree that leave the site (rehype-external-links decides which do). */
const markExternalLinks = rehypeExternalLinks({ rel: ["noopener", "noreferrer"] });

/** The `<a>` elements of a tree (not those inside another link, which marking that link reaches). */
function linksIn(node: HastNodes, found: Element[] = []): Element[] {
  if (node.type === "element" && node.tagName === "a") found.push(node);
  else if ("children" in node) for (const child of node.children) linksIn(child, found);
  return found;
}

/**
 * rehype-external-links on the sanitized tree. Its own walk over every node took a quarter to a
 * third of the rendering time on large input; handed a root that holds just the links (the same
 * objects), it changes the same elements in the same way.
 */
function rehypeMarkExternalLinks() {
  return (tree: HastRoot) => markExternalLinks({ type: "root", children: linksIn(tree) });
}

const renderer = unified()
  .use(remarkRehype, { handlers: { inlineContainer: (state, node: InlineContainer, parent) => state.one(node.block, parent) } })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeMarkExternalLinks)
  .use(rehypeStringify)
  .freeze();

/**
 * A copy of `node` made for the renderer, giving the same HTML for less work on large input
 * (apart from footnote definitions, rendered empty):
 * - without source positions, which the HTML does not use and the renderer would otherwise
 *   copy twice per node (into the HTML tree, then into the sanitized one);
 * - with paragraphs, headings and tables wrapped, so that mdast-util-to-hast's search for link
 *   definitions (a walk over every node, costing as much as the conversion itself) skips their
 *   inline content, where no definition can be. The wrapper's handler renders the block with
 *   the usual handler, and no handler looks into a paragraph, heading or table from outside.
 */
function forRendering(node: RootContent): RootContent {
  // Footnotes are refused by the checks; what a definition says is never shown.
  const children = node.type === "footnoteDefinition" ? [] : "children" in node ? node.children.map(forRendering) : undefined;
  const copy = children ? { ...node, position: undefined, children } : { ...node, position: undefined };
  return (INLINE_CONTAINERS.has(node.type) ? { type: "inlineContainer", block: copy } : copy) as RootContent;
}

/** A run of blocks as readers see it: sanitized HTML, and its text (innerText, whitespace collapsed) for search. */
export interface RenderedBlocks {
  html: string;
  text: string;
}

/**
 * Renders a run of block nodes (references already resolved by the parser) to sanitized HTML,
 * and takes the plain text from the same sanitized tree, so nothing parses the HTML back.
 */
export function renderBlocks(nodes: readonly RootContent[]): RenderedBlocks {
  if (nodes.length === 0) return { html: "", text: "" };
  const root: Root = { type: "root", children: nodes.map(forRendering) };
  const tree = renderer.runSync(root);
  return { html: renderer.stringify(tree).trim(), text: collapseWhitespace(toText(tree)) };
}
