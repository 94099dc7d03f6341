import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INPUT_SHAPES, articleAround } from "@/bench/input-shapes";
import { checkBody } from "@/lib/content/body-checks";
import { decodeSource } from "@/lib/content/decode-source";
import { formatDiagnostic, summarize } from "@/lib/content/diagnostics";
import { loadContent } from "@/lib/content/load-content";
import { renderBlocks } from "@/lib/content/markdown";
import { parseArticle } from "@/lib/content/parse-article";
import { parseMarkdown } from "@/lib/content/parse-markdown";
import { articleToTraditional } from "@/lib/script/article";

/**
 * What readers and editors get from every article and fixture, pinned in files under
 * `__snapshots__/pinned/`: every diagnostic as `content:check` prints it, the whole article
 * object (lead, every section's HTML, intro, outro, items and text) in Simplified and in
 * Traditional script, where its links and titles were written, and the HTML of the whole body
 * after the body checks. A change of parser must leave every one of these files unchanged.
 */
const SNAPSHOTS = path.join(__dirname, "__snapshots__", "pinned");
/** A fixed day, so the review-date checks do not move with the calendar. */
const TODAY = "2026-12-15";

const FIXTURE_FOLDERS = readdirSync("tests/fixtures", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(path.join("tests/fixtures", entry.name)).includes("articles"))
  .map((entry) => path.join("tests/fixtures", entry.name));
const CONTENT_FOLDERS = ["content", ...FIXTURE_FOLDERS];
const FILES = [
  ...CONTENT_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(folder, "articles"))
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => path.join(folder, "articles", name)),
  ),
  "tests/fixtures/hostile/corpus.md",
];

const snapshotName = (file: string) => `${file.replace(/\.md$/, "").replace(/[\\/]/g, "__")}.json`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The body's HTML as a page would get it if the file had no errors: body checks, then rendering. */
function bodyHtml(text: string): string {
  const { root } = parseMarkdown(text);
  checkBody(root);
  return renderBlocks(root.children.filter((node) => node.type !== "yaml")).html;
}

describe("pinned output", () => {
  it("covers every article and fixture", () => {
    expect(FILES.length).toBeGreaterThan(20);
    expect(FILES).toContain("tests/fixtures/broken/articles/gbk-encoded.md");
  });

  it.each(FILES)("%s: diagnostics, article (both scripts) and body HTML", async (file) => {
    const bytes = readFileSync(file);
    const parsed = parseArticle(file, bytes, { render: renderBlocks });
    const decoded = decodeSource(bytes);
    const pinned = {
      diagnostics: parsed.diagnostics.map(formatDiagnostic),
      article: parsed.article ?? null,
      traditional: parsed.article ? articleToTraditional(parsed.article) : null,
      sources: parsed.sources ?? null,
      bodyHtml: decoded.ok ? bodyHtml(decoded.text) : null,
    };
    await expect(json(pinned)).toMatchFileSnapshot(path.join(SNAPSHOTS, snapshotName(file)));
  });

  it.each(CONTENT_FOLDERS)("%s: every diagnostic of the folder, as content:check prints them", async (folder) => {
    const { diagnostics, fileCount } = await loadContent(folder, { today: TODAY });
    const lines = [...diagnostics.map(formatDiagnostic), summarize(diagnostics, fileCount)];
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot(path.join(SNAPSHOTS, `folder__${folder.replace(/[\\/]/g, "__")}.txt`));
  });

  it("the hostile corpus as an article: diagnostics and HTML", async () => {
    const corpus = readFileSync("tests/fixtures/hostile/corpus.md", "utf8");
    const source = articleAround(corpus);
    const parsed = parseArticle("articles/hostile.md", new TextEncoder().encode(source), { render: renderBlocks });
    const blocks = corpus.split(/\n{2,}/).map(bodyHtml);
    await expect(json({ diagnostics: parsed.diagnostics.map(formatDiagnostic), bodyHtml: bodyHtml(source), blocks })).toMatchFileSnapshot(
      path.join(SNAPSHOTS, "hostile-article.json"),
    );
  });

  it("small samples of every hostile input shape: diagnostics and HTML", async () => {
    const pinned = Object.fromEntries(
      Object.entries(INPUT_SHAPES).map(([shape, make]) => {
        const source = articleAround(make(1_200));
        const parsed = parseArticle("articles/shape.md", new TextEncoder().encode(source), { render: renderBlocks });
        return [shape, { diagnostics: parsed.diagnostics.map(formatDiagnostic), bodyHtml: bodyHtml(source) }];
      }),
    );
    await expect(json(pinned)).toMatchFileSnapshot(path.join(SNAPSHOTS, "input-shapes.json"));
  });
});
