import { Worker } from "node:worker_threads";
import type { SearchResponse } from "../search";

/** A search asked of the thread: its number, which its answer carries back, and the reader's query. */
export interface SearchThreadRequest {
  id: number;
  query: string;
}

/** The thread's answer to a search: the response, or why there is none. */
export type SearchThreadReply = { id: number; response: SearchResponse } | { id: number; error: string };

/** A running thread and the searches it has not answered yet, by number. */
interface RunningThread {
  worker: Worker;
  waiting: Map<number, { resolve: (response: SearchResponse) => void; reject: (error: Error) => void }>;
  /** Stopped by `close`, which is no failure to log. */
  closing: boolean;
}

/**
 * `npm start`'s searches, answered in a worker thread of their own (the script at `entry`,
 * lib/server/search-worker.ts compiled), which holds the search index: the process's main
 * thread never loads it. A new question costs about 2 ms of searching; on the main thread
 * every page and every other search waited behind it, so under 8 readers asking new questions
 * at 10,000 articles the main thread was busy all the time and the second core idle. With the
 * search beside it, each thread does its part at once (docs/performance.md).
 *
 * Searches are numbered and answered in any order. The thread is started by `start` or the
 * first search. If it stops (a crash, or a script that cannot be loaded), the searches it had
 * not answered fail, `log` says that it stopped and why, and the next search starts a new one.
 * It never keeps the process running (`unref`).
 */
export class SearchThread {
  private running: RunningThread | undefined;
  private nextId = 0;

  constructor(
    private readonly entry: URL,
    private readonly log: (message: string) => void = console.error,
  ) {}

  /** Starts the thread now, so it loads the search index while the server starts. */
  start(): void {
    this.running ??= this.spawn();
  }

  /** The search's response, from the thread; rejects when the search throws there or the thread stops first. */
  search(query: string): Promise<SearchResponse> {
    const running = (this.running ??= this.spawn());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      running.waiting.set(id, { resolve, reject });
      running.worker.postMessage({ id, query } satisfies SearchThreadRequest);
    });
  }

  /** Stops the thread; searches it had not answered fail. A search after this starts a new one. */
  async close(): Promise<void> {
    const running = this.running;
    if (running === undefined) return;
    running.closing = true;
    await running.worker.terminate();
  }

  private spawn(): RunningThread {
    const worker = new Worker(this.entry);
    worker.unref();
    const running: RunningThread = { worker, waiting: new Map(), closing: false };
    worker.on("message", (reply: SearchThreadReply) => {
      const waiting = running.waiting.get(reply.id);
      if (waiting === undefined) return;
      running.waiting.delete(reply.id);
      if ("error" in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.response);
    });
    worker.on("error", (error) => this.log(`search thread failed: ${error.stack ?? error.message}`));
    worker.on("exit", (code) => {
      if (this.running === running) this.running = undefined;
      if (!running.closing) this.log(`search thread stopped (exit code ${code}); the next search starts a new one`);
      const stopped = new Error(`the search thread stopped (exit code ${code}) before answering`);
      for (const { reject } of running.waiting.values()) reject(stopped);
      running.waiting.clear();
    });
    return running;
  }
}
