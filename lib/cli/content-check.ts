import { formatDiagnostic, countErrors, summarize } from "../content/diagnostics";
import { loadContent, resolveContentDir, type ParseFiles } from "../content/load-content";
import { withParseCache } from "../content/parse-cache";
import { parseInWorkers } from "../content/parse-in-workers";

/**
 * `npm run content:check`: validates every article without building the site. It runs every
 * check the build runs but renders no HTML; parsing runs on every core, and results are
 * cached per file content under node_modules/.cache (NO_CONTENT_CACHE=1 turns the cache
 * off), so a re-check after an edit only parses what changed.
 */
const parseOnAllCores: ParseFiles = (files) => parseInWorkers(files, { renderHtml: false });
const parseFiles = process.env.NO_CONTENT_CACHE ? parseOnAllCores : withParseCache(parseOnAllCores, "node_modules/.cache/content-check");
const content = await loadContent(resolveContentDir(), { parseFiles });
for (const diagnostic of content.diagnostics) console.log(formatDiagnostic(diagnostic));
console.log(summarize(content.diagnostics, content.fileCount));
process.exitCode = countErrors(content.diagnostics) > 0 ? 1 : 0;
