import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { writeGeneratedArticles } from "./generate-articles";

/**
 * `npm run bench:content`: how content checking and building scale with the number of
 * articles. Generated articles go to temporary folders, never into content/. Figures are
 * measurements on a shared machine, not pass/fail tests.
 */
const PARSE_SIZES = [100, 1_000, 10_000];
const BUILD_SIZES = [100, 1_000];
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

const work = mkdtempSync(path.join(tmpdir(), "bench-content-"));
const results: Record<string, unknown>[] = [];
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
    const check = (env: Record<string, string>) =>
      seconds(() =>
        execFileSync(process.execPath, [TSX, "lib/cli/content-check.ts"], {
          env: { ...process.env, CONTENT_DIR: dir, ...env },
          stdio: "ignore",
        }),
      );
    const coldCheckSeconds = check({ NO_CONTENT_CACHE: "1" });
    check({});
    const warmCheckSeconds = check({});
    const row: Record<string, unknown> = {
      articles: count,
      parseMsPerArticle: Number(measured.msPerArticle.toFixed(2)),
      parsePeakRssMiB: Math.round(measured.peakRssMiB),
      checkColdSeconds: Number(coldCheckSeconds.toFixed(1)),
      checkCachedSeconds: Number(warmCheckSeconds.toFixed(1)),
    };
    if (BUILD_SIZES.includes(count)) {
      const distDir = path.join(".next-bench", String(count));
      mkdirSync(distDir, { recursive: true });
      let status: number | null = null;
      const buildSeconds = seconds(() => {
        status = spawnSync("npx", ["next", "build"], {
          env: { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
          stdio: "ignore",
        }).status;
      });
      rmSync(distDir, { recursive: true, force: true });
      if (status !== 0) throw new Error(`next build of ${count} articles failed`);
      row.buildSeconds = Number(buildSeconds.toFixed(1));
      row.buildSecondsPerArticle = Number((buildSeconds / count).toFixed(3));
    }
    results.push(row);
    console.log(row);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const largeInputMs = JSON.parse(execFileSync(process.execPath, [TSX, "bench/measure-large.ts"], { encoding: "utf8" })) as Record<
  string,
  number
>;
console.log("1 MB article, parse + render (ms):", largeInputMs);

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
writeFileSync("bench/content-results.json", `${JSON.stringify({ machine, results, largeInputMs }, null, 2)}\n`);
console.table(results);
