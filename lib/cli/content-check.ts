import { parseArgs } from "node:util";
import { boundReport, omittedLines, SHOWN_PER_KIND } from "../content/bounded-report";
import { formatDiagnostic, countErrors, summarize } from "../content/diagnostics";
import { resolveContentDir } from "../content/content-dir";
import { loadContent, type ParseFiles } from "../content/load-content";
import { withParseCache } from "../content/parse-cache";
import { parseInWorkers } from "../content/parse-in-workers";

// `npm run content:check`: validates every article without building the site. It runs every
// check the build runs but renders no HTML; parsing runs on every core, and results are
// cached under node_modules/.cache (NO_CONTENT_CACHE=1 turns the cache off), so a re-check
// after an edit only parses what changed. Each kind of problem is listed at most
// SHOWN_PER_KIND times and the rest counted (`-- --all` lists every one); the summary and the
// exit code always count them all.

let all: boolean;
try {
  all = parseArgs({ options: { all: { type: "boolean", default: false } } }).values.all;
} catch {
  console.error(
    `用法：npm run content:check [-- --all]。默认每类问题最多列出 ${SHOWN_PER_KIND} 个，其余只计数；加上 --all 逐条列出全部问题。`,
  );
  process.exit(2);
}

const parseOnAllCores: ParseFiles = (files) => parseInWorkers(files, { renderHtml: false });
const parseFiles = process.env.NO_CONTENT_CACHE ? parseOnAllCores : withParseCache(parseOnAllCores, "node_modules/.cache/content-check");
const content = await loadContent(resolveContentDir(), { parseFiles });
const report = all ? { shown: content.diagnostics, omitted: [] } : boundReport(content.diagnostics);
for (const diagnostic of report.shown) console.log(formatDiagnostic(diagnostic));
for (const line of omittedLines(report.omitted)) console.log(line);
console.log(summarize(content.diagnostics, content.fileCount));
process.exitCode = countErrors(content.diagnostics) > 0 ? 1 : 0;
