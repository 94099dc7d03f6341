import { runReportsCommand } from "../reports/reports-command";
import { writeOwnerOnlyFile } from "../reports/owner-only-files";
import { openSqliteStore } from "../reports/store";
import { siteConfig } from "../site/config";

/** `npm run reports -- <command>`: the editors' inbox (see REPORTS_USAGE). Uses the site's database (REPORTS_DB). */
const store = openSqliteStore(siteConfig.reportsDatabase);
try {
  process.exitCode = runReportsCommand(
    process.argv.slice(2),
    { store, now: new Date(), out: (text) => console.log(text), err: (text) => console.error(text) },
    // The export holds readers' contacts: readable by its owner only, even when it replaces a file.
    writeOwnerOnlyFile,
  );
} finally {
  store.close();
}
