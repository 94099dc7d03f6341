import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { warmedUp } from "../../lib/server/warm-up";

/** A valid report's form fields, marked with `marker` in its description; `extra` replaces fields. */
export function reportFields(marker: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    page: "/articles/overdue-consequences",
    section: "consequences",
    kind: "factual-error",
    description: `罚息倍数的说明需要核实，编号 ${marker}。`,
    contact: "reader@example.com",
    goodFaith: "yes",
    website: "",
    ...extra,
  });
}

/** A free loopback port, asked of the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface OwnServer {
  origin: string;
  process: ChildProcess;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies at once, mid-request. */
  kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * `npm start`'s server on a free port of its own, writing to `database`, with `env` added to its
 * environment, once it is ready: for tests that need a limit, a database or a process of their
 * own (they never touch the suite's shared server).
 */
export async function startOwnServer(database: string, rateLimit: string, env: Record<string, string> = {}): Promise<OwnServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["dist/serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      REPORTS_DB: database,
      REPORTS_RATE_LIMIT: rateLimit,
      ...env,
    },
    // Its output is read for the line saying its warm-ups are done.
    stdio: ["ignore", "pipe", "ignore"],
  });
  // Ready means answering and done loading what it loads at start (the site data, the search
  // index, the converters, the share images' font), so memory measured from here is the
  // requests' own.
  try {
    await warmedUp(child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    origin,
    process: child,
    stop: async () => {
      child.kill("SIGTERM");
      await exited(child);
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}
