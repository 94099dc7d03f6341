import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { parseArticle, type ParsedArticle } from "./parse-article";

/** A worker of `parseInWorkers`: parses its share of the files and posts the results back. */
const jobs = workerData as { file: string; path: string }[];
const results: ParsedArticle[] = [];
for (const job of jobs) results.push(parseArticle(job.file, await readFile(job.path)));
parentPort?.postMessage(results);
