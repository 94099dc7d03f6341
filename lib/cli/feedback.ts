import { feedbackCommentsReport, feedbackReport } from "../reports/reports-command";
import { openSqliteStore } from "../reports/store";
import { siteConfig } from "../site-config";

/**
 * `npm run feedback`: "was this helpful?" answers per article; `npm run feedback -- comments
 * [slug]`: the comments left with them, newest first. Reads the site's database (REPORTS_DB).
 */
const [command, article] = process.argv.slice(2);
if (command !== undefined && command !== "comments") {
  console.error(`没有“${command}”这个命令。\n用法：npm run feedback（按文章汇总）或 npm run feedback -- comments [文章 slug]（查看留言）`);
  process.exitCode = 1;
} else {
  const store = openSqliteStore(siteConfig.reportsDatabase);
  try {
    console.log(command === "comments" ? feedbackCommentsReport(store.feedbackComments(article)) : feedbackReport(store.feedbackSummary()));
  } finally {
    store.close();
  }
}
