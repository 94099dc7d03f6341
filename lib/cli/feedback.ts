import { runFeedbackCommand } from "../reports/reports-command";
import { openSqliteStore } from "../reports/store";
import { siteConfig } from "../site/config";

/**
 * `npm run feedback`: "was this helpful?" answers per article; `-- comments [slug]`: the
 * comments left with them, newest first; `-- purge --older-than 180d`: deletes older answers
 * and their comments. Uses the site's database (REPORTS_DB).
 */
const store = openSqliteStore(siteConfig.reportsDatabase);
try {
  process.exitCode = runFeedbackCommand(process.argv.slice(2), {
    store,
    now: new Date(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
} finally {
  store.close();
}
