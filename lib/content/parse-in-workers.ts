import { buildSync } from "esbuild";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ParsedArticle } from "./parse-article";
import type { ArticleFile, ParseMode } from "./parse-files";
import { parserVersion } from "./parser-version";

const WORKER_BUNDLES = path.resolve("node_modules/.cache/content-check-worker");

/**
 * The worker and everything it imports as one plain JavaScript file, compiled by esbuild the
 * first time a parser version is used and kept in node_modules/.cache. A worker then starts
 * in a fraction of the second it takes to load some hundred TypeScript and library modules
 * through tsx, the loader that runs the command-line tools (and which workers do not inherit).
 */
function workerBundle(): string {
  const bundle = path.join(WORKER_BUNDLES, `${parserVersion()}.mjs`);
  if (existsSync(bundle)) return bundle;
  mkdirSync(WORKER_BUNDLES, { recursive: true });
  // Bundles of older parser versions go; files another check is still writing stay.
  for (const stale of readdirSync(WORKER_BUNDLES)) if (stale.endsWith(".mjs")) rmSync(path.join(WORKER_BUNDLES, stale), { force: true });
  const partial = `${bundle}.${process.pid}.partial`;
  buildSync({
    // From the project's root, like parserVersion: this file may itself run compiled elsewhere.
    entryPoints: [path.resolve("lib/content/parse-worker.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: partial,
    // Some libraries are CommonJS inside; an ES module bundle has no `require` of its own.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "error",
  });
  renameSync(partial, bundle);
  return bundle;
}

/** Below this many files a worker costs more to start than it saves. */
const MIN_FILES_PER_WORKER = 200;

/** What a parse worker is given. */
export interface ParseJob {
  files: readonly ArticleFile[];
  mode: ParseMode;
}

/**
 * Parses files on every core, for the command-line tools (`content:check`, benchmarks).
 * Parsing is CPU-bound, so every core adds to the articles checked a second.
 * Results come back in the order of `files`.
 */
export async function parseInWorkers(files: readonly ArticleFile[], mode: ParseMode): Promise<ParsedArticle[]> {
  const workers = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (workers < 2) return (await import("./parse-files")).parseFiles(files, mode);
  const script = workerBundle();
  const size = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ParsedArticle[]>((resolve, reject) => {
          const job: ParseJob = { files: share, mode };
          // A larger young generation: parsing makes many short-lived objects, and fewer
          // scavenges of them measurably speed up a large check.
          const worker = new Worker(script, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`parse worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat();
}
