import { execFileSync, spawn, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { brokenArticle, sameTitleArticle, writeGeneratedArticles } from "./generate-articles";
import { readPublishedNames, siteDataDir } from "../lib/site/site-data";
import { quantile } from "./quantile";
import { freePort, rssMiB, treeRssMiB } from "./server-helpers";
import { warmedUp } from "../lib/server/warm-up";

/**
 * `npm run bench:content`: how content checking and building scale with the number of
 * articles. Generated articles go to temporary folders, never into content/. Figures are
 * measurements on a shared machine, not pass/fail tests.
 */
const SIZES = [100, 1_000, 10_000];
/**
 * `npm run bench:content -- 100`: only the sizes named (each checked, built and served), for a
 * quick look; the worst cases, the 1 MB inputs and the results file come with full runs only.
 */
const ONLY = process.argv
  .slice(2)
  .map(Number)
  .filter((count) => SIZES.includes(count));
const FULL_RUN = ONLY.length === 0;
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
  /** Issue #15, at 10,000 articles: the build, its memory (all its processes together, at their peak), the server. */
  buildSeconds: new Map([[10_000, 600]]),
  buildPeakRssMiB: new Map([[10_000, 4096]]),
  serverStartSeconds: new Map([[10_000, 5]]),
  serverRssMiB: new Map([[10_000, 1024]]),
  /** Search's 95th percentile under 8 concurrent readers. */
  searchP95Ms: new Map([[10_000, 50]]),
  /** Whatever is not prerendered, on its first request. */
  firstRequestMs: new Map([[10_000, 500]]),
  largeInputMs: 1_500,
};

/**
 * Readers' questions, searched in turn under load so no single query's timing stands for all:
 * single words, common and rare, and whole questions as people type them.
 */
const SEARCH_QUERIES = [
  "逾期以后罚息怎么算",
  "罚息",
  "征信",
  "协商",
  "分期",
  "逾期",
  "借呗",
  "催收 客服",
  "还款提醒",
  "洗白征信",
  "收到法院短信怎么办",
  "催收说要上门",
  "会不会冻结我的银行卡",
  "同时欠好几个平台先还哪个",
  "借呗能停息挂账吗",
  "借呗逾期会坐牢吗",
  "逾期一天有影响吗",
  "怎样查自己的征信报告",
  "罰息",
  "量子纠缠",
];

/** Makes every Node process of a run print its peak memory (see peak-rss.mjs). */
const REPORT_PEAK_RSS = `--import=${pathToFileURL(path.resolve("bench/peak-rss.mjs")).href}`;

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

/** The search page for each of SEARCH_QUERIES in turn. */
const SEARCH_PATHS = SEARCH_QUERIES.map((query) => `/search?q=${encodeURIComponent(query)}`);

/** Words readers search for, put together into queries no one asked before (`newSearchPaths`). */
const NEW_QUERY_WORDS = [
  ..."逾期 罚息 征信 协商 分期 借呗 催收 客服 还款 提醒 法院 短信 冻结 银行卡 家人 单位 上门 律师函 诉讼 时效".split(" "),
  ..."宽限期 利息 本金 减免 停息 挂账 诈骗 注销 额度 利率 合同 出借方 信用报告 记录 删除 修复 投诉 录音 电话 骚扰".split(" "),
];

/** `count` search pages, each for a query of two or three of NEW_QUERY_WORDS that no other of them asks. */
function newSearchPaths(count: number): string[] {
  const size = NEW_QUERY_WORDS.length;
  return Array.from({ length: count }, (_, index) => {
    const [first, second, third] = [index % size, Math.floor(index / size) % size, Math.floor(index / size ** 2)];
    const query = `${NEW_QUERY_WORDS[first] ?? ""}${NEW_QUERY_WORDS[second] ?? ""}${third > 0 ? ` ${NEW_QUERY_WORDS[third % size] ?? ""}` : ""}`;
    return `/search?q=${encodeURIComponent(query)}`;
  });
}

/**
 * Latency (ms) of requests for `paths` in turn, under `connections` concurrent readers for
 * `seconds`: every answer's time is kept, so the 95th percentile is the answers' own
 * (autocannon's summary has the 90th and 97.5th but none between).
 */
async function searchLatency(
  origin: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<{ p50: number; p95: number; p97_5: number }> {
  let next = 0;
  const times: number[] = [];
  const load = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => {
              const requestPath = paths[next % paths.length] ?? "/search";
              next += 1;
              return { ...request, path: requestPath };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  if (load.non2xx > 0 || load.errors > 0) throw new Error(`search under load: ${load.non2xx} non-2xx, ${load.errors} errors`);
  times.sort((a, b) => a - b);
  const rounded = (share: number) => Number(quantile(times, share).toFixed(1));
  return { p50: rounded(0.5), p95: rounded(0.95), p97_5: rounded(0.975) };
}

/**
 * Serves a build of `dir` with the production server (`dist/serve.mjs`, as `npm start` runs it)
 * on a free loopback port, and measures what a reader meets first: how long the server takes
 * to be ready (its warm-ups done), its memory then, the first (rendered) and second (kept)
 * request of the oldest article in each script and of its share image, which the build does not
 * prerender (the Simplified page past 100 articles), and search latency: readers' questions
 * asked again and again (answered from the kept answers after their first time) by one reader and
 * by 8 concurrent readers, and 8 readers asking only questions no one asked before. Stops the
 * server it started, by its PID.
 */
async function measureServer(dir: string, distDir: string) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(process.execPath, ["dist/serve.mjs"], {
    env: { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await warmedUp(server);
    const readySeconds = (performance.now() - started) / 1000;
    const rssAfterStartMiB = rssMiB(server.pid ?? 0);
    const timed = async (url: string) => {
      const begun = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return Math.round(performance.now() - begun);
    };
    const oldest = readPublishedNames(dir)?.slugs.at(-1);
    if (oldest === undefined) throw new Error(`no site data for ${dir}`);
    const traditionalUrl = `${origin}/zh-Hant/articles/${oldest}`;
    const traditionalArticleFirstMs = await timed(traditionalUrl);
    const traditionalArticleKeptMs = await timed(traditionalUrl);
    // Prerendered only up to PRERENDERED_ARTICLES["zh-Hans"]: at 100 articles this one was.
    const simplifiedUrl = `${origin}/articles/${oldest}`;
    const simplifiedArticleFirstMs = await timed(simplifiedUrl);
    const simplifiedArticleKeptMs = await timed(simplifiedUrl);
    const imageUrl = `${origin}/articles/${oldest}/opengraph-image`;
    const shareImageFirstMs = await timed(imageUrl);
    const shareImageKeptMs = await timed(imageUrl);
    const alone = await searchLatency(origin, SEARCH_PATHS, 1, 5);
    const underLoad = await searchLatency(origin, SEARCH_PATHS, 8, 10);
    // Queries no one asked before, so none is answered from a kept answer: more than the server
    // can answer in the time, each asked once.
    const newQueries = await searchLatency(origin, newSearchPaths(20_000), 8, 10);
    return {
      serverReadySeconds: Number(readySeconds.toFixed(1)),
      serverRssAfterStartMiB: rssAfterStartMiB,
      simplifiedArticleFirstMs,
      simplifiedArticleKeptMs,
      traditionalArticleFirstMs,
      traditionalArticleKeptMs,
      shareImageFirstMs,
      shareImageKeptMs,
      searchOneReaderMedianMs: alone.p50,
      searchOneReaderP95Ms: alone.p95,
      searchOneReaderP97_5Ms: alone.p97_5,
      searchEightReadersMedianMs: underLoad.p50,
      searchEightReadersP95Ms: underLoad.p95,
      searchEightReadersP97_5Ms: underLoad.p97_5,
      newSearchesEightReadersMedianMs: newQueries.p50,
      newSearchesEightReadersP95Ms: newQueries.p95,
      newSearchesEightReadersP97_5Ms: newQueries.p97_5,
    };
  } finally {
    server.kill();
  }
}

/**
 * The worst cases for the checks across articles, and for the report: 10,000 copies of one
 * article (one title, one alias), and 10,000 articles with nearly every kind of error.
 */
function measureWorstCases(work: string): Record<string, Record<string, number>> {
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
  return {
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
}

/** "✓" when a figure is within its target, "✗ (target N)" when not, "" when it has none. */
function verdict(value: number, target: number | undefined): string {
  if (target === undefined) return "";
  return value <= target ? "✓" : `✗ (target ${target})`;
}

// `next build` adds its dist folder's type folders to tsconfig.json's `include`; the benchmark's
// builds live in temporary folders, so the file is put back as it was when the run ends.
const TSCONFIG = readFileSync("tsconfig.json", "utf8");

// The production server the measurements start, compiled from the current code.
execFileSync("npm", ["run", "--silent", "build:server"], { stdio: "inherit" });
const work = mkdtempSync(path.join(tmpdir(), "bench-content-"));
const results: Record<string, unknown>[] = [];
let worstCases: Record<string, Record<string, number>> = {};
try {
  for (const count of FULL_RUN ? SIZES : ONLY) {
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
    const distDir = path.join(".next-bench", String(count));
    mkdirSync(distDir, { recursive: true });
    // What `npm run build` does after its checks: the site data, then Next's build.
    const buildEnv = { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
    const started = performance.now();
    if (spawnSync("node", ["lib/cli/run.mjs", "site-data"], { env: buildEnv, stdio: "ignore" }).status !== 0) {
      throw new Error(`the site data of ${count} articles failed`);
    }
    // Next's build runs several processes at once (its workers): their memory is sampled together.
    const build = spawn("npx", ["next", "build"], { env: buildEnv, stdio: "ignore" });
    let buildPeakRssMiB = 0;
    const sampler = setInterval(() => {
      buildPeakRssMiB = Math.max(buildPeakRssMiB, treeRssMiB(build.pid ?? 0));
    }, 250);
    const status = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    clearInterval(sampler);
    const buildSeconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`next build of ${count} articles failed`);
    row.buildSeconds = Number(buildSeconds.toFixed(1));
    row.buildSecondsPerArticle = Number((buildSeconds / count).toFixed(3));
    row.buildTarget = [
      verdict(buildSeconds / count, TARGETS.buildSecondsPerArticle.get(count)),
      verdict(buildSeconds, TARGETS.buildSeconds.get(count)),
    ].join("");
    row.buildPeakRssMiB = buildPeakRssMiB;
    row.buildPeakRssTarget = verdict(buildPeakRssMiB, TARGETS.buildPeakRssMiB.get(count));
    const served = await measureServer(dir, distDir);
    Object.assign(row, served, {
      serverTarget: [
        verdict(served.serverReadySeconds, TARGETS.serverStartSeconds.get(count)),
        verdict(served.serverRssAfterStartMiB, TARGETS.serverRssMiB.get(count)),
      ].join(""),
      searchTarget: verdict(served.searchEightReadersP95Ms, TARGETS.searchP95Ms.get(count)),
      newSearchesTarget: verdict(served.newSearchesEightReadersP95Ms, TARGETS.searchP95Ms.get(count)),
      firstRequestTarget: verdict(
        Math.max(served.simplifiedArticleFirstMs, served.traditionalArticleFirstMs, served.shareImageFirstMs),
        TARGETS.firstRequestMs.get(count),
      ),
    });
    rmSync(distDir, { recursive: true, force: true });
    results.push(row);
    console.log(row);
  }
  if (FULL_RUN) {
    worstCases = measureWorstCases(work);
    console.log("worst cases:", worstCases);
  }
} finally {
  writeFileSync("tsconfig.json", TSCONFIG);
  rmSync(work, { recursive: true, force: true });
  rmSync(".next-bench", { recursive: true, force: true });
  for (const count of SIZES) rmSync(siteDataDir(path.join(work, `content-${count}`)), { recursive: true, force: true });
}

if (FULL_RUN) writeFullResults();
else console.table(results);

/** The 1 MB inputs, then every figure with the machine and the targets, to bench/content-results.json. */
function writeFullResults(): void {
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
    buildSeconds: Object.fromEntries(TARGETS.buildSeconds),
    buildPeakRssMiB: Object.fromEntries(TARGETS.buildPeakRssMiB),
    serverReadySeconds: Object.fromEntries(TARGETS.serverStartSeconds),
    serverRssAfterStartMiB: Object.fromEntries(TARGETS.serverRssMiB),
    searchEightReadersP95Ms: Object.fromEntries(TARGETS.searchP95Ms),
    firstRequestMs: Object.fromEntries(TARGETS.firstRequestMs),
    largeInputMs: TARGETS.largeInputMs,
  };
  writeFileSync("bench/content-results.json", `${JSON.stringify({ machine, targets, results, worstCases, largeInputMs }, null, 2)}\n`);
  console.table(results);
}
