import { parentPort } from "node:worker_threads";
import { searchInProcess } from "../site/articles";
import type { SearchThreadReply, SearchThreadRequest } from "./search-thread";

/**
 * The search thread of `npm start` (`SearchThread`; compiled to dist/search-worker.mjs by
 * `npm run build:server`): answers each search with the site's search index, which it loads
 * on the first one, as the main thread did before.
 */
if (parentPort === null) throw new Error("lib/server/search-worker.ts runs as a worker thread (see search-thread.ts)");
const port = parentPort;
port.on("message", ({ id, query }: SearchThreadRequest) => {
  searchInProcess(query).then(
    (response) => port.postMessage({ id, response } satisfies SearchThreadReply),
    (error: unknown) =>
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies SearchThreadReply),
  );
});
