import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkBody } from "../../lib/content/body-checks";
import { renderBlocks } from "../../lib/content/markdown";
import { parseMarkdown } from "../../lib/content/parse-markdown";

/**
 * Attack inputs go through the same pipeline as articles (raw HTML made inert, then
 * sanitized rendering) and the result is loaded in Chromium. The checker would reject most of
 * these files before a build; this proves that even if it did not, nothing could run.
 */
const corpus = readFileSync(path.join("tests", "fixtures", "hostile", "corpus.md"), "utf8");
const blocks = corpus.split(/\n{2,}/);

test("no attack input runs script or leaves a handler or dangerous URL in the DOM", async ({ page }) => {
  const messages: string[] = [];
  page.on("dialog", (dialog) => {
    messages.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  for (const block of [...blocks, corpus]) {
    const { root } = parseMarkdown(block);
    checkBody(root);
    const html = renderBlocks(root.children);
    await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
    await page
      .locator("body *")
      .evaluateAll((elements) =>
        elements.forEach((el) => ["mouseover", "focus", "toggle"].forEach((type) => el.dispatchEvent(new Event(type)))),
      );
    const findings = await page.evaluate(() => {
      const found: string[] = [];
      if ((window as { __pwned?: string }).__pwned) found.push(`ran: ${(window as { __pwned?: string }).__pwned}`);
      for (const el of document.querySelectorAll("*")) {
        if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "STYLE", "SVG"].includes(el.tagName.toUpperCase())) found.push(`element ${el.tagName}`);
        for (const attr of el.attributes) {
          // eslint-disable-next-line no-control-regex -- a browser ignores control characters in a URL's scheme
          const value = attr.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
          if (attr.name.startsWith("on")) found.push(`handler ${el.tagName}[${attr.name}]`);
          if (/^(javascript|data|vbscript):/.test(value)) found.push(`url ${el.tagName}[${attr.name}]=${attr.value}`);
        }
      }
      return found;
    });
    expect(findings, block.slice(0, 80)).toEqual([]);
  }
  expect(messages).toEqual([]);
});

test("the checker rejects the attack corpus before it could reach a build", async () => {
  const { parseArticle } = await import("../../lib/content/parse-article");
  const source = `---\ntitle: 攻击样本\ndescription: 测试\ndate: 2026-01-01\n---\n\n导语。\n\n## 是什么 {#definition}\n\n${corpus}`;
  const { article, diagnostics } = parseArticle("articles/hostile.md", new TextEncoder().encode(source));
  expect(article).toBeUndefined();
  expect(diagnostics.filter((d) => d.severity === "error").length).toBeGreaterThanOrEqual(10);
});
