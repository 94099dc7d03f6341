import { loadContent } from "../lib/content/load-content";

/**
 * Child process of `npm run bench:content`: parses and validates one content folder in
 * this process and prints JSON with milliseconds per article and the peak resident memory.
 */
const [contentDir] = process.argv.slice(2);
if (!contentDir) throw new Error("usage: measure-parse <content dir>");
const started = performance.now();
const { fileCount, diagnostics } = await loadContent(contentDir);
const elapsed = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    fileCount,
    errors: diagnostics.filter((d) => d.severity === "error").length,
    msPerArticle: elapsed / fileCount,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
