import { readFileSync } from "node:fs";
import { fromHtml } from "hast-util-from-html";
import type { Nodes } from "hast";
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleSection } from "@/components/sections/article-section";
import { staticMarkup } from "@/lib/site/static-markup";
import { parse } from "./helpers";

/** A parsed document as nested arrays of names, sorted attributes and text, without the serializer's choices (quotes, comments, split text). */
function shape(html: string): unknown {
  const walk = (node: Nodes): unknown => {
    if (node.type === "text") return node.value;
    if (node.type === "element") {
      const attributes = Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b));
      return [node.tagName, attributes, ...joinText(node.children.map(walk))];
    }
    if (node.type === "root") return joinText(node.children.map(walk));
    return null;
  };
  return walk(fromHtml(html, { fragment: true }));
}

function joinText(children: unknown[]): unknown[] {
  const joined: unknown[] = [];
  for (const child of children) {
    if (child === null) continue;
    const last = joined.length - 1;
    if (typeof child === "string" && typeof joined[last] === "string") joined[last] = `${joined[last] as string}${child}`;
    else joined.push(child);
  }
  return joined;
}

const h = createElement;

describe("static markup", () => {
  it("renders every section of the longest article as React's renderToStaticMarkup does", async () => {
    const source = readFileSync("content/articles/jiebei-overdue-guide.md");
    const { article } = parse(source.toString("utf8"), "jiebei-overdue-guide.md");
    const kinds = new Set(article?.sections.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(["consequences", "definition", "general", "negotiation", "prevention", "process"]);
    for (const section of article?.sections ?? []) {
      const element = h(ArticleSection, { section, articlePath: "/articles/jiebei-overdue-guide" });
      const { html, scripts } = await staticMarkup(element);
      expect(shape(html), section.kind).toEqual(shape(renderToStaticMarkup(element)));
      expect(scripts).toEqual([]);
    }
  });

  it("maps React's property names to attributes and writes true in data and ARIA attributes as text", async () => {
    const tree = h(
      "form",
      { action: "/feedback", method: "post", noValidate: true, "data-enhanced-form": true, className: "a b" },
      h("label", { htmlFor: "x", "aria-hidden": true }, "名字"),
      h("input", { id: "x", inputMode: "decimal", maxLength: 5, required: true, hidden: false, tabIndex: -1, autoComplete: "off" }),
      h("a", { href: "/zh-Hant/", hrefLang: "zh-Hant", lang: "zh-Hant" }, "繁體"),
    );
    const { html } = await staticMarkup(tree);
    expect(shape(html)).toEqual(shape(renderToStaticMarkup(tree)));
    expect(html).toContain('data-enhanced-form="true"');
    expect(html).not.toMatch(/ hidden[ >=]/);
  });

  it("escapes text and attributes, keeps trusted HTML as it is, and keeps SVG attribute case", async () => {
    const tree = h(
      Fragment,
      null,
      h("p", { title: '"<b>"' }, "<script>alert(1)</script> & more"),
      h("div", { dangerouslySetInnerHTML: { __html: "<em>已净化</em>" } }),
      h("svg", { viewBox: "0 0 20 20" }, h("path", { d: "M3 4z" })),
    );
    const { html } = await staticMarkup(tree);
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script> &#x26; more");
    expect(html).toContain("<em>已净化</em>");
    expect(html).toContain('viewBox="0 0 20 20"');
    expect(shape(html)).toEqual(shape(renderToStaticMarkup(tree)));
  });

  it("writes a field's default value and state as React does, and a textarea's value as its text", async () => {
    const tree = h(
      "div",
      null,
      h("input", { name: "a", defaultValue: "1" }),
      h("input", { type: "radio", name: "b", defaultChecked: true }),
      h("textarea", { name: "c", defaultValue: "说明 <1>" }),
    );
    const { html } = await staticMarkup(tree);
    expect(shape(html)).toEqual(shape(renderToStaticMarkup(tree)));
  });

  it("awaits async components, as React does", async () => {
    async function Later({ text }: { text: string }) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return h("span", null, text);
    }
    const { html } = await staticMarkup(h("p", null, h(Later, { text: "稍后" }), [h(Later, { key: 1, text: "一" }), "二"]));
    expect(html).toBe("<p><span>稍后</span><span>一</span>二</p>");
  });

  it("returns async scripts once, for the page to render, instead of writing them in place", async () => {
    const script = h("script", { src: "/site.js", async: true });
    const jsonLd = h("script", { type: "application/ld+json", dangerouslySetInnerHTML: { __html: '{"a":1}' } });
    const { html, scripts } = await staticMarkup(h("div", null, script, h("p", null, script), jsonLd));
    expect(scripts).toEqual(["/site.js"]);
    expect(html).toBe('<div><p></p><script type="application/ld+json">{"a":1}</script></div>');
  });

  it("refuses what only the browser could run", async () => {
    await expect(staticMarkup(h("button", { onClick: () => undefined }, "x"))).rejects.toThrow("event handler onClick on <button>");
    const clientReference = { $$typeof: Symbol.for("react.client.reference") } as unknown as string;
    await expect(staticMarkup(h(clientReference))).rejects.toThrow("react.client.reference");
    await expect(staticMarkup(h("div", { style: { color: "red" } }))).rejects.toThrow("object prop style on <div>");
    await expect(staticMarkup({ then: () => undefined } as unknown as ReactNode)).rejects.toThrow("Static markup cannot render object");
  });

  it("refuses javascript: URLs, which React would neutralise, in every form React recognises", async () => {
    for (const url of ["javascript:alert(1)", " \u0001JavaScript:alert(1)", "java\nscript:alert(1)", "JAVA\tSCRIPT:x"]) {
      await expect(staticMarkup(h("a", { href: url }, "x")), url).rejects.toThrow("javascript: URL in href on <a>");
      await expect(staticMarkup(h("form", { action: url })), url).rejects.toThrow("javascript: URL in action on <form>");
    }
    const { html } = await staticMarkup(h("a", { href: "/articles/javascript-notes" }, "ok"));
    expect(html).toBe('<a href="/articles/javascript-notes">ok</a>');
  });
});
