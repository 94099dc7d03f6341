import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { resolveContentDir } from "../lib/content/content-dir";
import { loadValidContent, selectVisible } from "../lib/content/load-content";
import { buildFloorApp, FLOOR_APPS_DIR, startFloorApp } from "./framework-floor";
import { SECURITY_HEADERS } from "../lib/server/security-headers";
import { waitUntilAnswering } from "../lib/server/wait-until-answering";
import { freePort, rssMiB } from "./server-helpers";
import { warmedUp } from "../lib/server/warm-up";
import { measureNginxFront } from "./nginx-front";

/**
 * `npm run bench`: builds the site, serves the production build on a free loopback port it
 * starts itself, and measures it: Lighthouse (mobile, median of 10) on the home page and the
 * longest article, the bytes an article costs, throughput under autocannon (32 connections for
 * 10 s, then a 64-connection 30 s soak after a 5 s warm-up of the same shape), and the
 * server's memory along the way. Load tests send a browser's Accept-Encoding.
 * It also builds a minimal prerendered Next page holding the article's own rendered HTML (its
 * `<main>`, with the site's stylesheet) as one block, twice (with the site's security headers,
 * the floor the article is held to, and without), and measures it the same way (Lighthouse,
 * run by run between the site's pages; 32-connection throughput): the same text and markup in
 * the simplest Next page, the floor and ceiling on this machine. Last, the longest article
 * through deploy/nginx.conf in front of two app processes, against nginx sending the same bytes
 * from a file (`measureNginxFront`, wrk, 64 connections). Writes bench/results.json and prints
 * it. These are measurements on a shared machine, not pass/fail tests.
 */
/** Lighthouse runs per page, taken in turn (home, article, floor, plain floor), so a busy minute on this shared machine touches all four alike. */
const RUNS = 10;
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (sorted.length % 2 === 1) return sorted[Math.floor(middle)] ?? Number.NaN;
  return ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

interface LighthouseReport {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
}

/**
 * One Lighthouse run. Chromium now and then fails to start or attach on this shared machine,
 * or Lighthouse loses the page load's trace (NO_NAVSTART); such a run is retried (twice at
 * most), and the last failure is reported with its output.
 */
function lighthouse(url: string, work: string, attemptsLeft = 3): LighthouseReport {
  const output = path.join(work, "lighthouse.json");
  try {
    execFileSync(
      path.resolve("node_modules/.bin/lighthouse"),
      [url, "--quiet", `--chrome-flags=${CHROME_FLAGS}`, "--output=json", `--output-path=${output}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "pipe"] },
    );
  } catch (error) {
    if (attemptsLeft > 1) return lighthouse(url, work, attemptsLeft - 1);
    throw new Error(`Lighthouse failed on ${url}: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  const report = JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
  if (report.runtimeError) {
    if (attemptsLeft > 1) return lighthouse(url, work, attemptsLeft - 1);
    throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
  }
  return report;
}

function summarizeLighthouse(reports: LighthouseReport[]) {
  const score = (key: string) => median(reports.map((r) => Math.round((r.categories[key]?.score ?? 0) * 100)));
  const runsOf = (key: string) => reports.map((r) => r.audits[key]?.numericValue ?? Number.NaN);
  const audit = (key: string) => median(runsOf(key));
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    tbtMs: Math.round(audit("total-blocking-time")),
    cls: Number(audit("cumulative-layout-shift").toFixed(3)),
    totalKiB: Math.round(audit("total-byte-weight") / 1024),
    /** Every run's TBT in the order taken, so the spread behind the median is in the results. */
    tbtRunsMs: runsOf("total-blocking-time").map(Math.round),
  };
}

/** Compressed bytes of one page load by resource type, from Lighthouse's network record. */
function bytesByType(report: LighthouseReport) {
  const items = report.audits["network-requests"]?.details?.items ?? [];
  const sum = (type: string) =>
    Math.round(items.filter((i) => i.resourceType === type).reduce((n, i) => n + (i.transferSize ?? 0), 0) / 102.4) / 10;
  return {
    htmlKiB: sum("Document"),
    cssKiB: sum("Stylesheet"),
    jsKiB: sum("Script"),
    fontKiB: sum("Font"),
    imageKiB: sum("Image"),
    requests: items.length,
  };
}

/** The first of a run's reports (there is one per round). */
function firstOf<T>(reports: readonly T[]): T {
  const [first] = reports;
  if (first === undefined) throw new Error("no Lighthouse report");
  return first;
}

/** What Chromium sends: every load test asks for compressed pages, as every browser does. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd" };

/**
 * Loads a page and everything it links from `/` (scripts, styles, icons) as a browser would
 * ask for them, then waits a moment: `npm start` compresses each body with Brotli 11 in the
 * background the first time a client accepts Brotli, and that work must not land inside a
 * measured page load. Both servers get the same warm-up.
 */
async function warmUp(pageUrl: string): Promise<void> {
  const html = await (await fetch(pageUrl, { headers: BROWSER_HEADERS })).text();
  const origin = new URL(pageUrl).origin;
  const assets = new Set([...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&")));
  await Promise.all([...assets].map((asset) => fetch(`${origin}${asset}`, { headers: BROWSER_HEADERS }).then((r) => r.arrayBuffer())));
  await new Promise((resolve) => setTimeout(resolve, 3_000));
}

/** Requests per second and latency of 32 connections for 10 s. */
async function throughput(url: string) {
  const load = await autocannon({ url, connections: 32, duration: 10, headers: BROWSER_HEADERS });
  return {
    connections: 32,
    seconds: 10,
    requestsPerSecond: Math.round(load.requests.average),
    latencyP50Ms: load.latency.p50,
    latencyP99Ms: load.latency.p99,
    errors: load.errors,
    non2xx: load.non2xx,
  };
}

const { articles } = await loadValidContent(resolveContentDir());
const longest = [...selectVisible(articles, false)].sort((a, b) => b.characterCount - a.characterCount)[0];
if (!longest) throw new Error("no published article to measure");

execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
// The production server as `npm start` runs it, in this process's child (so its PID is the server's).
const server = spawn(process.execPath, ["dist/serve.mjs"], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
  stdio: ["ignore", "pipe", "ignore"],
});
const serverPid = server.pid ?? 0;
const work = mkdtempSync(path.join(tmpdir(), "bench-site-"));
const floorServers: ChildProcess[] = [];
try {
  await warmedUp(server);
  const articleUrl = `${origin}/articles/${longest.slug}`;
  for (let i = 0; i < 50; i += 1) await fetch(articleUrl).then((r) => r.arrayBuffer());
  await warmUp(`${origin}/`);
  await warmUp(articleUrl);
  // Measured now: after the Lighthouse runs the kept-alive socket has been closed by the server.
  const articleHtml = await (await fetch(articleUrl)).text();
  const articleHtmlBytes = Buffer.byteLength(articleHtml);
  const rssAfterFirstRequests = rssMiB(serverPid);

  // The floors are built and served now, so that their Lighthouse runs interleave with the
  // site's: on this shared machine a quiet or busy minute then touches every page alike. The
  // floor the target is measured against sends the site's security headers (what they cost a
  // browser, Cross-Origin-Opener-Policy above all, is then on both sides); the plain one shows
  // a bare `next start`.
  const stylesheets = [...articleHtml.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] ?? "");
  const css = (await Promise.all(stylesheets.map(async (href) => (await fetch(`${origin}${href}`)).text()))).join("\n");
  const serveFloor = async (dir: string) => {
    const floorPort = await freePort();
    const floorOrigin = `http://127.0.0.1:${floorPort}`;
    floorServers.push(startFloorApp(dir, floorPort));
    await waitUntilAnswering(floorOrigin, 60_000);
    for (let i = 0; i < 50; i += 1) await fetch(floorOrigin).then((r) => r.arrayBuffer());
    await warmUp(`${floorOrigin}/`);
    return floorOrigin;
  };
  const floorOrigin = await serveFloor(buildFloorApp("with-site-headers", articleHtml, css, SECURITY_HEADERS));
  const plainFloorOrigin = await serveFloor(buildFloorApp("plain", articleHtml, css));
  const floorHtmlBytes = Buffer.byteLength(await (await fetch(floorOrigin)).text());

  const homeReports: LighthouseReport[] = [];
  const articleReports: LighthouseReport[] = [];
  const floorReports: LighthouseReport[] = [];
  const plainFloorReports: LighthouseReport[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    homeReports.push(lighthouse(`${origin}/`, work));
    articleReports.push(lighthouse(articleUrl, work));
    floorReports.push(lighthouse(`${floorOrigin}/`, work));
    plainFloorReports.push(lighthouse(`${plainFloorOrigin}/`, work));
  }

  const load = await throughput(articleUrl);
  const rssAfterLoad = rssMiB(serverPid);
  // Warm-up for the soak: its own shape for 5 s, so the baseline is the server under that load.
  await autocannon({ url: articleUrl, connections: 64, duration: 5, headers: BROWSER_HEADERS });
  const rssAfterWarmup = rssMiB(serverPid);
  const soak = await autocannon({ url: articleUrl, connections: 64, duration: 30, headers: BROWSER_HEADERS });
  const rssAfterSoak = rssMiB(serverPid);

  const results = {
    machine: {
      date: new Date().toISOString().slice(0, 10),
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    article: longest.slug,
    lighthouse: { home: summarizeLighthouse(homeReports), article: summarizeLighthouse(articleReports) },
    articleBytes: bytesByType(firstOf(articleReports)),
    articleHtmlBytes,
    throughput: load,
    soak: {
      connections: 64,
      seconds: 30,
      requestsPerSecond: Math.round(soak.requests.average),
      latencyP99Ms: soak.latency.p99,
      errors: soak.errors,
      non2xx: soak.non2xx,
    },
    memory: {
      rssAfterFirstRequestsMiB: rssAfterFirstRequests,
      rssAfterLoadMiB: rssAfterLoad,
      rssAfterWarmupMiB: rssAfterWarmup,
      rssAfterSoakMiB: rssAfterSoak,
      soakGrowthPercent: Math.round(((rssAfterSoak - rssAfterWarmup) / rssAfterWarmup) * 100),
    },
  };
  server.kill("SIGTERM");

  const floor = {
    htmlBytes: floorHtmlBytes,
    headers: "the site's security headers",
    lighthouse: summarizeLighthouse(floorReports),
    bytes: bytesByType(firstOf(floorReports)),
    throughput: await throughput(floorOrigin),
    withoutHeaders: { lighthouse: summarizeLighthouse(plainFloorReports) },
  };
  // Issue #15's target for the article page: main-thread work within 20 ms of the floor's, and a score at least the floor's.
  const article = results.lighthouse.article;
  const tbtTargetMs = floor.lighthouse.tbtMs + 20;
  const againstFloor = {
    tbtTargetMs,
    tbtMet: article.tbtMs <= tbtTargetMs,
    performanceMet: article.performance >= floor.lighthouse.performance,
  };
  // Issue #16's target: through nginx at least 0.8 of nginx's own rate for the same bytes from a file, without errors.
  const nginxFront = await measureNginxFront(`/articles/${longest.slug}`);
  const all = { ...results, floor, againstFloor, nginxFront };
  writeFileSync("bench/results.json", `${JSON.stringify(all, null, 2)}\n`);
  console.log(JSON.stringify(all, null, 2));
} finally {
  server.kill("SIGTERM");
  for (const floorServer of floorServers) floorServer.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
  rmSync(FLOOR_APPS_DIR, { recursive: true, force: true });
}
