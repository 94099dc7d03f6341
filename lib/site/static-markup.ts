import type { ElementContent, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import { h, s } from "hastscript";
import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * Renders server components that hold no interaction to one string of HTML, while the page is
 * being rendered. A page shows that string with `dangerouslySetInnerHTML` (`StaticHtml`), so
 * the browser receives the markup once as HTML and once as one string in the page's payload,
 * and React hydrates one element instead of every element of the markup: on the longest
 * article that was hundreds of elements, and hydrating them cost a phone more main-thread
 * time than the rest of the framework (docs/performance.md).
 *
 * React's own `renderToStaticMarkup` would do this, but Next does not let server components
 * import `react-dom/server`, so this walks the element tree itself: it calls each function
 * component with its props (they run inside the page's render, so `localize` still knows the
 * page's script) and hands each HTML element to hastscript, which maps React's property
 * names (`className`, `htmlFor`, `hrefLang`, `aria-*`, `data-*`) to attributes, and
 * hast-util-to-html, which escapes and serializes. Async components are awaited, as React
 * awaits them. Anything that needs the client (a client component, an event handler) cannot
 * be static and is an error.
 *
 * An async `<script src>` is not written where it stands: React puts such a script in the
 * document's head once however many components ask for it, so its address is returned in
 * `scripts` for the page to render as React elements, which React then places and dedupes.
 */
export async function staticMarkup(node: ReactNode): Promise<StaticMarkup> {
  const scripts = new Set<string>();
  const html = toHtml({ type: "root", children: await toHast(node, { svg: false, scripts }) }, { allowDangerousHtml: true });
  return { html, scripts: [...scripts] };
}

export interface StaticMarkup {
  html: string;
  /** The addresses of the async scripts the markup asked for, each once. */
  scripts: string[];
}

interface Walk {
  /** Inside an `<svg>`, whose attribute names keep their case. */
  svg: boolean;
  scripts: Set<string>;
}

/** Attributes that hold a URL a browser may follow or load. */
const URL_PROPS = new Set(["href", "src", "action", "formAction", "xlinkHref"]);

/** A `javascript:` URL, as React recognises one: control characters and spaces before it, tabs and newlines inside the word. */
function isJavaScriptUrl(url: string): boolean {
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start += 1;
  return /^j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i.test(url.slice(start));
}

/** Props that React reads itself and never writes as attributes. */
const REACT_ONLY_PROPS = new Set(["children", "dangerouslySetInnerHTML", "suppressHydrationWarning", "key", "ref"]);

async function toHast(node: ReactNode | Promise<ReactNode>, walk: Walk): Promise<ElementContent[]> {
  if (node instanceof Promise) return toHast(await node, walk);
  if (node === null || node === undefined || typeof node === "boolean") return [];
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return [{ type: "text", value: String(node) }];
  if (Array.isArray(node)) return (await Promise.all(node.map((child: ReactNode) => toHast(child, walk)))).flat();
  if (!isValidElement(node)) throw new Error(`Static markup cannot render ${describe(node)}.`);
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (type === Fragment) return toHast(props.children as ReactNode, walk);
  if (typeof type === "function") {
    return toHast((type as (props: unknown) => ReactNode | Promise<ReactNode>)(props), walk);
  }
  if (typeof type !== "string") throw new Error(`Static markup cannot render ${describe(type)}: only server components and HTML elements.`);
  if (type === "script" && typeof props.src === "string" && props.async === true) {
    walk.scripts.add(props.src);
    return [];
  }
  return [await htmlElement(type, props, type === "svg" ? { ...walk, svg: true } : walk)];
}

/** One HTML (or SVG) element with its attributes and children, as React would server-render it. */
async function htmlElement(tag: string, props: Record<string, unknown>, walk: Walk): Promise<ElementContent> {
  const properties: Properties = {};
  let children = props.children as ReactNode;
  for (const [name, value] of Object.entries(props)) {
    if (REACT_ONLY_PROPS.has(name) || value === undefined || value === null) continue;
    if (typeof value === "function") throw new Error(`Static markup cannot keep the event handler ${name} on <${tag}>.`);
    if (typeof value === "object") throw new Error(`Static markup cannot write the object prop ${name} on <${tag}>.`);
    // React would neutralise such a URL; static markup refuses it, as nothing the site renders should hold one.
    if (URL_PROPS.has(name) && isJavaScriptUrl(String(value)))
      throw new Error(`Static markup refuses the javascript: URL in ${name} on <${tag}>.`);
    // A textarea's value is its text; the default value or state of a field is its attribute.
    if (tag === "textarea" && (name === "value" || name === "defaultValue")) children = value as string;
    else if (name === "defaultValue") properties.value = value as string;
    else if (name === "defaultChecked") properties.checked = value as boolean;
    // React writes `true` in a data or ARIA attribute as the text "true", not as a bare attribute.
    else if (typeof value === "boolean" && /^(data|aria)-/.test(name)) properties[name] = String(value);
    else properties[name] = value as Properties[string];
  }
  const inner = props.dangerouslySetInnerHTML as { __html: string } | undefined;
  const content: ElementContent[] = inner ? [{ type: "raw", value: inner.__html }] : await toHast(children, walk);
  return walk.svg ? s(tag, properties, content) : h(tag, properties, content);
}

function describe(value: unknown): string {
  if (typeof value === "object" && value !== null && "$$typeof" in value)
    return String((value as { $$typeof: symbol }).$$typeof.description);
  return typeof value;
}
