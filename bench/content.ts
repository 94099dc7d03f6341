import { execFileSync, spawn, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { brokenArticle, sameTitleArticle, writeGeneratedArticles } from "./generate-articles";
import { siteDataDir } from "../lib/site/site-data";
import { freePort, rssMiB, waitUntilUp } from "./server-helpers";

/**
 * `npm run bench:content`: how content checking and building scale with the number of
 * articles. Generated articles go to temporary folders, never into content/. Figures are
 * measurements on a shared machine, not pass/fail tests.
 */
const PARSE_SIZES = [100, 1_000, 10_000];
const BUILD_SIZES = [100, 1_000];
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");

/** The targets (issue #14), in seconds: checks are timed as an editor runs them, `npm run content:check`. */
const TARGETS = {
  coldCheck: new Map([
    [1_000, 5],
    [10_000, 30],
  ]),
  checkAfterOneEdit: new Map([[10_000, 2]]),
  /** Issue #15: the Next.js blog starter's rate on this machine. */
  buildSecondsPerArticle: new Map([[1_000, 0.045]]),
  largeInputMs: 1_500,
};

/** Makes every Node process of a run print its peak memory (see peak-rss.mjs). */
const REPORT_PEAK_RSS = `--import=${pathToFileURL(path.resolve("bench/peak-rss.mjs")).href}`;

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/** What one `npm run content:check` took: seconds, peak memory (MiB), exit code and lines printed. */
interface CheckRun {
  seconds: number;
  peakRssMiB: number;
  status: number | null;
  lines: number;
}

/** Runs `npm run content:check` on a folder; it must exit 0 unless `mayFail`. */
function contentCheck(dir: string, { env = {}, mayFail = false }: { env?: Record<string, string>; mayFail?: boolean } = {}): CheckRun {
  const started = performance.now();
  const { status, stdout, stderr } = spawnSync("npm", ["run", "--silent", "content:check"], {
    env: { ...process.env, CONTENT_DIR: dir, NODE_OPTIONS: REPORT_PEAK_RSS, ...env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const elapsed = (performance.now() - started) / 1000;
  if (status !== 0 && !mayFail) throw new Error(`content:check of ${dir} failed:\n${stdout}${stderr}`);
  const peaks = [...stderr.matchAll(/peak-rss-kib=(\d+)/g)].map((match) => Number(match[1]));
  return { seconds: elapsed, peakRssMiB: Math.round(Math.max(...peaks) / 1024), status, lines: stdout.trim().split("\n").length };
}

/** Appends a sentence to one article, as an editor's small change. */
function editOneArticle(dir: string): void {
  appendFileSync(path.join(dir, "articles", "generated-article-1.md"), "\n编辑刚刚补上的一句话。\n");
}

/**
 * Serves a build of `dir` with the production server (`dist/serve.mjs`, as `npm start` runs it)
 * on a free loopback port, and measures what a reader meets first: how long the server takes
 * to answer, its memory once the search index is loaded, a share image's first (drawn) and
 * second (kept) request, and search latency under 8 concurrent readers. Stops the server it
 * started, by its PID.
 */
async function measureServer(dir: string, distDir: string, slug: string): Promise<Record<string, number>> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(process.execPath, ["dist/serve.mjs"], {
    env: { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  try {
    await waitUntilUp(origin);
    const startSeconds = (performance.now() - started) / 1000;
    const searchUrl = `${origin}/search?q=${encodeURIComponent("逾期以后罚息怎么算")}`;
    if (!(await fetch(searchUrl)).ok) throw new Error("search failed");
    const rssAfterStartMiB = rssMiB(server.pid ?? 0);
    const timed = async (url: string) => {
      const begun = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return Math.round(performance.now() - begun);
    };
    const imageUrl = `${origin}/articles/${slug}/opengraph-image`;
    const shareImageFirstMs = await timed(imageUrl);
    const shareImageKeptMs = await timed(imageUrl);
    const load = await autocannon({ url: searchUrl, connections: 8, duration: 10 });
    if (load.non2xx > 0 || load.errors > 0) throw new Error(`search under load: ${load.non2xx} non-2xx, ${load.errors} errors`);
    return {
      serverStartSeconds: Number(startSeconds.toFixed(1)),
      serverRssAfterStartMiB: rssAfterStartMiB,
      shareImageFirstMs,
      shareImageKeptMs,
      searchMedianMs: load.latency.p50,
      searchP97_5Ms: load.latency.p97_5,
    };
  } finally {
    server.kill();
  }
}

/** "✓" when a figure is within its target, "✗ (target N)" when not, "" when it has none. */
function verdict(value: number, target: number | undefined): string {
  if (target === undefined) return "";
  return value <= target ? "✓" : `✗ (target ${target})`;
}

// The production server the measurements start, compiled from the current code.
execFileSync("npm", ["run", "--silent", "build:server"], { stdio: "inherit" });
const work = mkdtempSync(path.join(tmpdir(), "bench-content-"));
const results: Record<string, unknown>[] = [];
let worstCases: Record<string, Record<string, number>> = {};
try {
  for (const count of PARSE_SIZES) {
    const dir = path.join(work, `content-${count}`);
    writeGeneratedArticles(dir, count);
    const measured = JSON.parse(execFileSync(process.execPath, [TSX, "bench/measure-parse.ts", dir], { encoding: "utf8" })) as {
      msPerArticle: number;
      peakRssMiB: number;
      errors: number;
    };
    if (measured.errors > 0) throw new Error(`generated content has ${measured.errors} errors`);
    const cold = contentCheck(dir, { env: { NO_CONTENT_CACHE: "1" } });
    contentCheck(dir);
    const unchanged = contentCheck(dir);
    editOneArticle(dir);
    const afterEdit = contentCheck(dir);
    const row: Record<string, unknown> = {
      articles: count,
      parseMsPerArticle: Number(measured.msPerArticle.toFixed(2)),
      parsePeakRssMiB: Math.round(measured.peakRssMiB),
      checkColdSeconds: Number(cold.seconds.toFixed(1)),
      checkColdPeakRssMiB: cold.peakRssMiB,
      checkColdTarget: verdict(cold.seconds, TARGETS.coldCheck.get(count)),
      checkUnchangedSeconds: Number(unchanged.seconds.toFixed(2)),
      checkAfterOneEditSeconds: Number(afterEdit.seconds.toFixed(2)),
      checkAfterOneEditPeakRssMiB: afterEdit.peakRssMiB,
      checkAfterOneEditTarget: verdict(afterEdit.seconds, TARGETS.checkAfterOneEdit.get(count)),
    };
    if (BUILD_SIZES.includes(count)) {
      const distDir = path.join(".next-bench", String(count));
      mkdirSync(distDir, { recursive: true });
      let status: number | null = null;
      // What `npm run build` does after its checks: the site data, then Next's build.
      const buildEnv = { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
      const buildSeconds = seconds(() => {
        status = spawnSync("node", ["lib/cli/run.mjs", "site-data"], { env: buildEnv, stdio: "ignore" }).status;
        if (status === 0) status = spawnSync("npx", ["next", "build"], { env: buildEnv, stdio: "ignore" }).status;
      });
      if (status !== 0) throw new Error(`next build of ${count} articles failed`);
      row.buildSeconds = Number(buildSeconds.toFixed(1));
      row.buildSecondsPerArticle = Number((buildSeconds / count).toFixed(3));
      row.buildTarget = verdict(buildSeconds / count, TARGETS.buildSecondsPerArticle.get(count));
      Object.assign(row, await measureServer(dir, distDir, "generated-article-1"));
      rmSync(distDir, { recursive: true, force: true });
    }
    results.push(row);
    console.log(row);
  }
  // The worst cases for the checks across articles, and for the report: 10,000 copies of one
  // article (one title, one alias), and 10,000 articles with nearly every kind of error.
  const copies = path.join(work, "same-title");
  writeGeneratedArticles(copies, 10_000, sameTitleArticle);
  const copiesCold = contentCheck(copies, { env: { NO_CONTENT_CACHE: "1" }, mayFail: true });
  contentCheck(copies, { mayFail: true });
  editOneArticle(copies);
  const copiesAfterEdit = contentCheck(copies, { mayFail: true });
  const broken = path.join(work, "broken");
  writeGeneratedArticles(broken, 10_000, brokenArticle);
  const brokenCold = contentCheck(broken, { env: { NO_CONTENT_CACHE: "1" }, mayFail: true });
  for (const [name, run] of Object.entries({ copiesCold, copiesAfterEdit, brokenCold })) {
    if (run.status !== 1) throw new Error(`${name}: content:check exited ${run.status}, not 1`);
  }
  worstCases = {
    sameTitle10000: {
      checkColdSeconds: Number(copiesCold.seconds.toFixed(1)),
      checkColdPeakRssMiB: copiesCold.peakRssMiB,
      checkAfterOneEditSeconds: Number(copiesAfterEdit.seconds.toFixed(2)),
      linesPrinted: copiesCold.lines,
    },
    broken10000: {
      checkColdSeconds: Number(brokenCold.seconds.toFixed(1)),
      checkColdPeakRssMiB: brokenCold.peakRssMiB,
      linesPrinted: brokenCold.lines,
    },
  };
  console.log("worst cases:", worstCases);
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(".next-bench", { recursive: true, force: true });
  for (const count of BUILD_SIZES) rmSync(siteDataDir(path.join(work, `content-${count}`)), { recursive: true, force: true });
}

const largeInputMs = JSON.parse(execFileSync(process.execPath, [TSX, "bench/measure-large.ts"], { encoding: "utf8" })) as Record<
  string,
  number
>;
console.log("1 MB article, parse + render (ms):", largeInputMs);
for (const [shape, ms] of Object.entries(largeInputMs)) console.log(`  ${shape}: ${ms} ms ${verdict(ms, TARGETS.largeInputMs)}`);

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
const targets = {
  checkColdSeconds: Object.fromEntries(TARGETS.coldCheck),
  checkAfterOneEditSeconds: Object.fromEntries(TARGETS.checkAfterOneEdit),
  buildSecondsPerArticle: Object.fromEntries(TARGETS.buildSecondsPerArticle),
  largeInputMs: TARGETS.largeInputMs,
};
writeFileSync("bench/content-results.json", `${JSON.stringify({ machine, targets, results, worstCases, largeInputMs }, null, 2)}\n`);
console.table(results);
