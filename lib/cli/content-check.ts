import { formatDiagnostic, countErrors, summarize } from "../content/diagnostics";
import { loadContent, resolveContentDir } from "../content/load-content";

/** `npm run content:check`: validates every article without building the site. */
const content = await loadContent(resolveContentDir());
for (const diagnostic of content.diagnostics) console.log(formatDiagnostic(diagnostic));
console.log(summarize(content.diagnostics, content.fileCount));
process.exitCode = countErrors(content.diagnostics) > 0 ? 1 : 0;
