import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { toTraditional } from "./convert";

/** Attributes a reader sees or hears (hast property names): image text, tooltips, accessible names. */
const READABLE_PROPERTIES = ["alt", "title", "ariaLabel"] as const;

/**
 * Converts text nodes and readable attributes in place. Everything else (tag names, `href`
 * and `src` URLs including `#中文锚点` fragments, ids, class names) is left as it was, so
 * links and anchors keep pointing at the Simplified ids the pages use.
 */
function rehypeToTraditional() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "text") {
        node.value = toTraditional(node.value);
      } else if (node.type === "element") {
        for (const name of READABLE_PROPERTIES) {
          const value = node.properties[name];
          if (typeof value === "string") node.properties[name] = toTraditional(value);
        }
      }
    });
  };
}

const converter = unified().use(rehypeParse, { fragment: true }).use(rehypeToTraditional).use(rehypeStringify).freeze();

/** Sanitized HTML with its readable text in Traditional characters; markup, URLs and ids unchanged. */
export function htmlToTraditional(html: string): string {
  if (html === "") return "";
  return String(converter.processSync(html));
}
