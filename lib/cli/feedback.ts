import { feedbackReport } from "../reports/reports-command";
import { openSqliteStore } from "../reports/store";
import { siteConfig } from "../site-config";

/** `npm run feedback`: "was this helpful?" answers per article, from the site's database (REPORTS_DB). */
const store = openSqliteStore(siteConfig.reportsDatabase);
try {
  console.log(feedbackReport(store.feedbackSummary()));
} finally {
  store.close();
}
