import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { parseArticle } from "./parse-article";
import type { ParseJob } from "./parse-in-workers";

/**
 * A worker of `parseInWorkers`: parses its share of the files and posts the results back.
 * The HTML renderer is loaded only when asked for. Files are read synchronously: a worker
 * has nothing else to do meanwhile, and a thread-pool round trip per file costs more than
 * the read.
 */
const { files, mode } = workerData as ParseJob;
const options = mode.renderHtml ? { render: (await import("./markdown")).renderBlocks } : {};
parentPort?.postMessage(files.map((job) => parseArticle(job.file, readFileSync(job.path), options)));
