import { request } from "node:http";

/** How often an app process not yet answering is asked again. */
const RETRY_MS = 250;
/** How long one request may take before it counts as not answered. */
const ATTEMPT_TIMEOUT_MS = 2_000;

/** The status of one GET of `url`, or undefined when nothing answered within ATTEMPT_TIMEOUT_MS. */
function statusOf(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const asked = request(url, { method: "GET", timeout: ATTEMPT_TIMEOUT_MS, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    asked.on("timeout", () => asked.destroy());
    asked.on("error", () => resolve(undefined));
    asked.end();
  });
}

/**
 * Resolves once the server at `url` answers a GET with a status below 500 (it listens and
 * renders pages); rejects when it has not within `timeoutMs`. What deploy/jiebei-guide@.service
 * waits for before systemd counts a process as started, so a rolling restart restarts the
 * second process only once the first answers again.
 */
export async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await statusOf(url);
    if (status !== undefined && status < 500) return;
    if (Date.now() + RETRY_MS >= deadline)
      throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (last: ${status ?? "no answer"})`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
