import type { Parents, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Point } from "./diagnostics";
import { error, startOf, warning, type Problem } from "./problem";

/** A link or image target in an article, where it was written. */
export interface Reference {
  type: "link" | "image";
  url: string;
  /** What a reader sees: a link's text, an image's alternative text. */
  text: string;
  at: Point;
}

export interface BodyCheck {
  problems: Problem[];
  /** Every link and image target, for the checks that need the other articles. */
  references: Reference[];
}

/** URL schemes an article may link to; relative links have none and are always fine. */
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/**
 * The scheme a browser would see: it ignores ASCII control characters and spaces
 * around and inside the scheme, so `java\tscript:` still counts as `javascript:`.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers skip these characters inside a scheme, so the check must too
  const compact = url.replace(/[\u0000-\u0020]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/**
 * Checks the whole body for what an article may not contain, and makes raw HTML inert:
 * HTML comments are dropped (they are notes to other editors) and any other HTML becomes
 * plain text, so it shows as written instead of running. Mutates `root`.
 */
export function checkBody(root: Root): BodyCheck {
  const problems: Problem[] = [];
  const references: Reference[] = [];
  const walk = (parent: Parents): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index += 1) {
      const node = children[index] as RootContent;
      switch (node.type) {
        case "heading":
          if (node.depth === 1) {
            problems.push(error(startOf(node), "正文里不能用一级标题（# 标题）：文章标题来自 frontmatter 的 title。请把它改成 ## 章节标题，或者删掉"));
          }
          break;
        // References come out of the parser resolved, so every use of a definition is checked
        // where it is used; a definition nobody uses is never shown.
        case "link":
        case "image": {
          const scheme = urlScheme(node.url);
          if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
            problems.push(error(startOf(node), `不允许的链接地址 "${scheme}:"：只能链接到 http(s)、mailto、tel 地址或本站页面（以 / 开头）`));
          } else {
            const text = node.type === "image" ? (node.alt ?? "") : toString(node);
            references.push({ type: node.type === "image" ? "image" : "link", url: node.url, text, at: startOf(node) });
          }
          break;
        }
        case "footnoteReference":
        case "footnoteDefinition":
          problems.push(error(startOf(node), "不支持脚注（[^1]）：请把补充说明直接写进正文，或放在括号里"));
          break;
        case "html": {
          if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
            children.splice(index, 1);
            index -= 1;
            continue;
          }
          problems.push(warning(startOf(node), "HTML 代码不会生效，会原样显示成文字：请改用 Markdown 写法（加粗用 **文字**，分段请空一行）"));
          const text = { type: "text" as const, value: node.value, position: node.position };
          const inBlock = parent.type === "root" || parent.type === "blockquote" || parent.type === "listItem";
          children.splice(index, 1, inBlock ? { type: "paragraph", children: [text], position: node.position } : text);
          continue;
        }
        default:
          break;
      }
      if ("children" in node) walk(node);
    }
  };
  walk(root);
  return { problems, references };
}
