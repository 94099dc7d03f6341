import { siteConfig } from "../site/config";
import { DraftStore } from "./drafts";
import { SlidingWindowLimiter } from "./rate-limit";
import { openSharedState } from "./shared-state";
import { openSqliteStore, type ReportStore } from "./store";
import { processWide } from "../site/process-wide";

/** Every post to a form, valid or not, per client address in 10 minutes (at least, and 4 per accepted report): a bound on floods. */
const MIN_POSTS_PER_WINDOW = 60;
/** "Was this helpful?" answers per client address in 10 minutes. */
const FEEDBACK_PER_WINDOW = 20;
const TEN_MINUTES_MS = 10 * 60 * 1000;
const ONE_HOUR_MS = 60 * 60 * 1000;

interface ReportsRuntime {
  store: ReportStore;
  /** Accepted reports per client (siteConfig.reportRateLimit). */
  reports: SlidingWindowLimiter;
  /** Accepted feedback answers per client. */
  feedback: SlidingWindowLimiter;
  /** Accepted reports and feedback answers from everyone together, per hour (siteConfig.formsPerHour). */
  siteWide: SlidingWindowLimiter;
  /** Posts of any kind per client. */
  posts: SlidingWindowLimiter;
  drafts: DraftStore;
}

/**
 * The server's one store, rate limits and drafts, shared by the form's handler and the page
 * that shows its result (`processWide`), the limits and drafts in the shared state every app
 * process of the host sees (`SHARED_STATE_DB`). The databases are opened on first use, never
 * at build time.
 */
export function reportsRuntime(): ReportsRuntime {
  return processWide("reports-runtime", () => {
    const state = openSharedState(siteConfig.sharedStateDatabase);
    return {
      store: openSqliteStore(siteConfig.reportsDatabase),
      reports: new SlidingWindowLimiter(
        state,
        "reports",
        siteConfig.reportRateLimit.count,
        siteConfig.reportRateLimit.windowSeconds * 1000,
      ),
      feedback: new SlidingWindowLimiter(state, "feedback", FEEDBACK_PER_WINDOW, TEN_MINUTES_MS),
      siteWide: new SlidingWindowLimiter(state, "site", siteConfig.formsPerHour, ONE_HOUR_MS),
      posts: new SlidingWindowLimiter(state, "posts", Math.max(MIN_POSTS_PER_WINDOW, siteConfig.reportRateLimit.count * 4), TEN_MINUTES_MS),
      drafts: new DraftStore(state),
    };
  });
}
