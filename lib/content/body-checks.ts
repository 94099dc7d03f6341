import type { Link, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import type { Point } from "./diagnostics";
import { error, startOf, warning, type Problem } from "./problem";

/** A link or image target in an article, where it was written. */
export interface Reference {
  type: "link" | "image";
  url: string;
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
  const compact = url.replace(/[\u0000-\u0020]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/**
 * A bare address (`www.example.com`) becomes a link by itself, and since Chinese needs no
 * space after it, the following words join the address: `www.example.com、然后` links to a
 * host that does not exist. Such a link's text is its own address with non-ASCII in it.
 */
function isBareUrlRunningIntoText(node: Link): boolean {
  const text = toString(node);
  const bare = node.url.replace(/^(https?:\/\/|mailto:)/, "");
  return (text === node.url || text === bare) && /[^\x00-\x7f]/.test(text);
}

/**
 * Checks the whole body for what an article may not contain, and makes raw HTML inert:
 * HTML comments are dropped (they are notes to other editors) and any other HTML becomes
 * plain text, so it shows as written instead of running. Mutates `root`.
 */
export function checkBody(root: Root): BodyCheck {
  const problems: Problem[] = [];
  const references: Reference[] = [];
  visit(root, (node, index, parent) => {
    switch (node.type) {
      case "heading":
        if (node.depth === 1) {
          problems.push(error(startOf(node), "正文里不能用一级标题（# 标题）：文章标题来自 frontmatter 的 title。请把它改成 ## 章节标题，或者删掉"));
        }
        return;
      case "link":
      case "image":
      case "definition": {
        const scheme = urlScheme(node.url);
        if (node.type === "link" && isBareUrlRunningIntoText(node)) {
          problems.push(error(startOf(node), `网址后面紧跟着中文，中文被当成了网址的一部分（"${toString(node)}"）：请写成 [网址](https://网址) 的形式，或者在网址后面加一个空格`));
        } else if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
          problems.push(error(startOf(node), `不允许的链接地址 "${scheme}:"：只能链接到 http(s)、mailto、tel 地址或本站页面（以 / 开头）`));
        } else {
          references.push({ type: node.type === "image" ? "image" : "link", url: node.url, at: startOf(node) });
        }
        return;
      }
      case "footnoteReference":
      case "footnoteDefinition":
        problems.push(error(startOf(node), "不支持脚注（[^1]）：请把补充说明直接写进正文，或放在括号里"));
        return;
      case "html": {
        if (parent === undefined || index === undefined) return;
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        problems.push(warning(startOf(node), "HTML 代码不会生效，会原样显示成文字：请改用 Markdown 写法（加粗用 **文字**，分段请空一行）"));
        const text = { type: "text" as const, value: node.value, position: node.position };
        const inBlock = parent.type === "root" || parent.type === "blockquote" || parent.type === "listItem";
        parent.children.splice(index, 1, inBlock ? { type: "paragraph", children: [text], position: node.position } : text);
        return SKIP;
      }
      default:
        return;
    }
  });
  return { problems, references };
}
