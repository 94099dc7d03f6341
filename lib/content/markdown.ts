import type { Root, RootContent } from "mdast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

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

/** Renders a run of block nodes (references already resolved by the parser) to sanitized HTML. */
export function renderBlocks(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return "";
  const root: Root = { type: "root", children: [...nodes] };
  return renderer.stringify(renderer.runSync(root)).trim();
}
