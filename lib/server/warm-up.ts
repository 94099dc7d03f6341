import type { ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";

/**
 * What `npm start` prints when everything it loads at start is loaded (followed by the time it
 * took). The benchmarks and the browser tests' own servers wait for it (`warmedUp`): from then
 * on the server's memory and timings are the requests' own.
 */
export const WARM_UP_DONE = "warm-up done";

/**
 * Resolves when a production server started with its standard output piped (`dist/serve.mjs`)
 * has printed WARM_UP_DONE, which it does only once it answers requests; rejects if it exits
 * first or has not printed it within `timeoutMs`. Its output is read on to the end, so the
 * pipe never fills.
 */
export function warmedUp(server: ChildProcessByStdio<null, Readable, null>, timeoutMs = 60_000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let output = "";
    const finish = (error?: Error) => {
      clearTimeout(timer);
      server.stdout.off("data", onData);
      server.off("exit", onExit);
      server.stdout.resume();
      if (error) reject(error);
      else resolve();
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(WARM_UP_DONE)) finish();
    };
    const onExit = (code: number | null) => finish(new Error(`the server exited (${code}) before its warm-ups were done`));
    const timer = setTimeout(() => finish(new Error(`the server's warm-ups were not done within ${timeoutMs / 1000} s`)), timeoutMs);
    server.stdout.on("data", onData);
    server.on("exit", onExit);
  });
}
