import { countErrors, formatDiagnostic, summarize } from "../content/diagnostics";
import { resolveContentDir } from "../content/content-dir";
import { loadContent, selectVisible } from "../content/load-content";
import { parseInWorkers } from "../content/parse-in-workers";
import { buildSearchIndex, serializeSearchIndex } from "../search";
import { contentStamps, writeSiteData } from "../site/site-data";

// Part of `npm run build`, after content:check: parses and renders the published articles once,
// on every core, and writes them with the data files and the search index as the site data
// (lib/site/site-data.ts) that `next build` and the production server read.

const contentDir = resolveContentDir();
const stamps = contentStamps(contentDir);
const content = await loadContent(contentDir, { parseFiles: (files) => parseInWorkers(files, { renderHtml: true }) });
if (countErrors(content.diagnostics) > 0) {
  for (const diagnostic of content.diagnostics) console.error(formatDiagnostic(diagnostic));
  console.error(summarize(content.diagnostics, content.fileCount));
  process.exit(1);
}
const articles = selectVisible(content.articles, false);
const searchIndex = serializeSearchIndex(buildSearchIndex(articles, content.searchWords));
const dir = writeSiteData(contentDir, stamps, { articles, situations: content.situations, searchWords: content.searchWords }, searchIndex);
console.log(`网站数据：${articles.length} 篇文章和搜索索引，已写入 ${dir}`);
