import { renderBlocks } from "../lib/content/markdown";
import { parseArticle } from "../lib/content/parse-article";
import { INPUT_SHAPES, articleAround } from "./input-shapes";

/**
 * Child process of `npm run bench:content`: parses and renders a 1 MB (UTF-8) article of
 * each input shape (best of three) and prints JSON with the milliseconds each took.
 */
const MEGABYTE = 1_000_000;
const encode = (text: string) => new TextEncoder().encode(text);
const results: Record<string, number> = {};
for (const [shape, make] of Object.entries(INPUT_SHAPES)) {
  const bytesPerUnit = encode(make(100_000)).length / 100_000;
  const bytes = encode(articleAround(make(Math.round(MEGABYTE / bytesPerUnit))));
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    parseArticle("articles/large.md", bytes, { render: renderBlocks });
    return performance.now() - started;
  });
  results[shape] = Math.round(Math.min(...times));
}
process.stdout.write(JSON.stringify(results));
