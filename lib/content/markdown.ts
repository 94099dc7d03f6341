import type { Definition, Root, RootContent } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

/** Parses Markdown with YAML frontmatter and GitHub tables into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/**
 * The sanitizer's default allow-list (GitHub's), plus `tel:` links for phone numbers.
 * It drops every `javascript:`/`data:` URL, event handler and script element, so even a
 * bug upstream cannot put script into a reader's page.
 */
const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), "tel"] },
};

const renderer = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] })
  .use(rehypeStringify)
  .freeze();

/**
 * Renders a run of block nodes to sanitized HTML. `definitions` are the document's link
 * reference definitions, so `[text][ref]` resolves even when its definition sits in
 * another section.
 */
export function renderBlocks(nodes: readonly RootContent[], definitions: readonly Definition[] = []): string {
  if (nodes.length === 0) return "";
  const root: Root = { type: "root", children: [...nodes, ...definitions] };
  return renderer.stringify(renderer.runSync(root)).trim();
}
