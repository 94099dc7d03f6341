import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { warmedUp } from "../lib/server/warm-up";
import { startNginx } from "../tests/e2e/nginx-server";
import { freePort } from "./server-helpers";

/** Debian's wrk: a load generator in C, so the measurement is of nginx, not of the client. */
const WRK = "/usr/bin/wrk";
const CONNECTIONS = 64;
/** Two rounds of each, taken in turn, so a busy moment on this shared machine touches both alike. */
const ROUNDS = 2;
const ROUND_SECONDS = 15;

interface WrkRun {
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
  latencyP99Ms: number;
}

/** Installs wrk with apt when it is missing (as `npm test` installs what its tests need). */
function ensureWrk(): void {
  if (existsSync(WRK)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "wrk"], { stdio: "inherit", env });
}

/** Milliseconds from one of wrk's latency figures (`850.00us`, `1.20ms`, `2.00s`). */
function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

/** One wrk run of `seconds` on `url` with a browser's Accept-Encoding. */
function wrk(url: string, seconds: number): WrkRun {
  const result = spawnSync(
    WRK,
    ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", "-H", "Accept-Encoding: gzip, deflate, br, zstd", url],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr}`);
  const out = result.stdout;
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN)),
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    latencyP99Ms: milliseconds(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ""),
  };
}

/** The raw bytes and headers of one answer, not decompressed. */
function rawGet(url: string): Promise<{ bytes: Buffer; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "Accept-Encoding": "gzip, deflate, br, zstd" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ bytes: Buffer.concat(chunks), headers: response.headers }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** `npm start` on a free loopback port as deploy/jiebei-guide@.service runs it, once its warm-ups are done. */
async function startApp(folder: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["dist/serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      TRUSTED_PROXIES: "127.0.0.1",
      REPORTS_DB: path.join(folder, "reports.sqlite"),
      SHARED_STATE_DB: path.join(folder, "shared.sqlite"),
    },
    stdio: ["ignore", "pipe", "ignore"],
  });
  await warmedUp(child);
  return { port, child };
}

export interface NginxFrontResults {
  connections: number;
  seconds: number;
  /** The bytes of the article's body, as sent (compressed). */
  bodyBytes: number;
  /** nginx sending the article's bytes from a file, with the same headers: the most this machine serves of that page. */
  file: WrkRun;
  /** The article through deploy/nginx.conf, in front of two app processes. */
  front: WrkRun;
  frontShareOfFile: number;
  /** Issue #16's target: at least 0.8 of the file rate, and no errors. */
  met: boolean;
}

/**
 * The page at `articlePath` through deploy/nginx.conf as shipped (ports and folders changed, as
 * the tests do) in front of two app processes of the last build, against nginx sending the
 * very bytes that answer carries, with the same headers, from a file, side by side with wrk:
 * 64 connections, rounds of 15 s taken in turn, 30 s of each in all. Stops everything it
 * started, by PID.
 */
export async function measureNginxFront(articlePath: string): Promise<NginxFrontResults> {
  ensureWrk();
  const folder = mkdtempSync(path.join(tmpdir(), "bench-nginx-"));
  const apps: ChildProcess[] = [];
  let stopNginx = async () => undefined as unknown;
  try {
    const first = await startApp(folder);
    apps.push(first.child);
    const second = await startApp(folder);
    apps.push(second.child);
    const staticDir = path.join(folder, "static");
    mkdirSync(staticDir);
    const filePort = await freePort();
    // The file's server sends the front's headers: a first nginx in front asks for them.
    const probe = await startNginx(path.join(folder, "probe"), [first.port, second.port]);
    const answer = await rawGet(`${probe.origin}${articlePath}`);
    await probe.stop();
    // The same headers (the security headers, Cache-Control, Vary, Content-Encoding…), but
    // for those nginx makes for any file: as a static site would send this page.
    const ownHeaders = new Set([
      "date",
      "server",
      "connection",
      "content-length",
      "content-type",
      "etag",
      "last-modified",
      "accept-ranges",
      "keep-alive",
    ]);
    const sameHeaders = Object.entries(answer.headers)
      .filter(([name]) => !ownHeaders.has(name))
      .map(([name, value]) => `    add_header ${name} '${String(value).replaceAll("'", "\\'")}' always;`);
    const fileServer = [
      "server {",
      `  listen 127.0.0.1:${filePort};`,
      "  location = /article {",
      `    root ${staticDir};`,
      "    default_type text/html;",
      "    charset utf-8;",
      // As the front keeps its cached pages' files open (deploy/nginx.conf).
      "    open_file_cache max=10000 inactive=60s;",
      "    open_file_cache_valid 30s;",
      ...sameHeaders,
      "  }",
      "}",
    ].join("\n");
    const nginx = await startNginx(path.join(folder, "nginx"), [first.port, second.port], fileServer);
    stopNginx = nginx.stop;
    const frontUrl = `${nginx.origin}${articlePath}`;
    const fileUrl = `http://127.0.0.1:${filePort}/article`;
    for (let i = 0; i < 3; i += 1) await rawGet(frontUrl);
    const cached = await rawGet(frontUrl);
    if (cached.headers["x-cache-status"] !== "HIT")
      throw new Error(`the article was not kept by nginx (${String(cached.headers["x-cache-status"])})`);
    // The file holds the very bytes the front keeps, not the probe's: in one full run of
    // `npm run bench` the two differed (not seen again), so the file is taken from the front.
    if (cached.headers["content-encoding"] !== answer.headers["content-encoding"])
      throw new Error("the front's encoding changed between two answers");
    if (!cached.bytes.equals(answer.bytes))
      console.error(`nginx-front: two answers of ${articlePath} differ in their bytes (${answer.bytes.length} and ${cached.bytes.length})`);
    writeFileSync(path.join(staticDir, "article"), cached.bytes);
    if (!cached.bytes.equals((await rawGet(fileUrl)).bytes)) throw new Error("the file's bytes are not the front's");
    wrk(frontUrl, 3);
    wrk(fileUrl, 3);
    const runs = { file: [] as WrkRun[], front: [] as WrkRun[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      runs.file.push(wrk(fileUrl, ROUND_SECONDS));
      runs.front.push(wrk(frontUrl, ROUND_SECONDS));
    }
    const combine = (list: WrkRun[]): WrkRun => ({
      requestsPerSecond: Math.round(list.reduce((sum, run) => sum + run.requestsPerSecond, 0) / list.length),
      errors: list.reduce((sum, run) => sum + run.errors, 0),
      non2xx: list.reduce((sum, run) => sum + run.non2xx, 0),
      latencyP99Ms: Math.max(...list.map((run) => run.latencyP99Ms)),
    });
    const file = combine(runs.file);
    const front = combine(runs.front);
    const frontShareOfFile = Number((front.requestsPerSecond / file.requestsPerSecond).toFixed(2));
    return {
      bodyBytes: cached.bytes.length,
      connections: CONNECTIONS,
      seconds: ROUNDS * ROUND_SECONDS,
      file,
      front,
      frontShareOfFile,
      met: frontShareOfFile >= 0.8 && front.errors === 0 && front.non2xx === 0,
    };
  } finally {
    await stopNginx();
    for (const app of apps) app.kill("SIGTERM");
    rmSync(folder, { recursive: true, force: true });
  }
}
