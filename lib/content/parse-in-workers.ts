import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleFile } from "./load-content";
import type { ParsedArticle } from "./parse-article";

/**
 * Workers start as plain JavaScript: the TypeScript loader that runs the command-line tools
 * is registered in each worker before it imports the TypeScript worker module.
 */
const WORKER_BOOTSTRAP = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(
  new URL("./parse-worker.ts", import.meta.url).href,
)}); });`;

/** Below this many files a worker costs more to start than it saves. */
const MIN_FILES_PER_WORKER = 200;

/**
 * Parses files on every core, for the command-line tools (`content:check`, benchmarks).
 * Parsing is CPU-bound (micromark), so N cores check N times as many articles a second.
 * Results come back in the order of `files`.
 */
export async function parseInWorkers(files: readonly ArticleFile[], parseHere: (files: readonly ArticleFile[]) => Promise<ParsedArticle[]>) {
  const workers = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (workers < 2) return parseHere(files);
  const size = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ParsedArticle[]>((resolve, reject) => {
          const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: share });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`parse worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat();
}
