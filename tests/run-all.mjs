// `npm test`: every test, from a fresh clone (after `npm ci`). Installs Debian's Chromium,
// CJK fonts and a Java runtime (for the Nu HTML Checker) when they are missing, runs the
// linter and the format check, the unit tests, builds the production site (which validates
// the content first), type-checks the project and runs the browser tests against the build.
// Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const reports = mkdtempSync(path.join(tmpdir(), "jiebei-tests-"));
const totals = { passed: 0, failed: 0 };

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return result.status ?? 1;
}

function finish(code) {
  rmSync(reports, { recursive: true, force: true });
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code !== 0 || totals.failed > 0 ? 1 : 0);
}

/** Debian packages the browser and HTML-validity tests need: Chromium, CJK fonts, a Java runtime for vnu. */
function ensureSystemPackages() {
  const hasJava = spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
  const missing = [...(existsSync(CHROMIUM) ? [] : ["chromium", "fonts-noto-cjk"]), ...(hasJava ? [] : ["default-jre-headless"])];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`缺少 ${missing.join("、")}。请先运行：sudo apt-get install -y ${missing.join(" ")}`);
    finish(1);
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["update"], env) !== 0 || run("apt-get", ["install", "-y", "--no-install-recommends", ...missing], env) !== 0) {
    console.error(`安装 ${missing.join("、")} 失败。`);
    finish(1);
  }
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

ensureSystemPackages();

// Lint (ESLint, zero warnings) and format (Prettier) first: each counts as one test.
for (const script of ["lint", "format:check"]) {
  const status = run("npm", ["run", "--silent", script]);
  if (status === 0) totals.passed += 1;
  else totals.failed += 1;
}

const vitestReport = path.join(reports, "vitest.json");
const unit = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]);
const unitResults = readJson(vitestReport);
totals.passed += unitResults?.numPassedTests ?? 0;
totals.failed += unitResults?.numFailedTests ?? (unit === 0 ? 0 : 1);
if (unit !== 0) finish(unit);

const build = run("npm", ["run", "build"]);
if (build !== 0) {
  totals.failed += 1;
  finish(build);
}

// Type-checking counts as one test; it runs after the build, which writes the route types it
// checks the pages against (the build itself skips it: next.config.ts).
if (run("npm", ["run", "--silent", "typecheck"]) === 0) totals.passed += 1;
else totals.failed += 1;

const e2eReport = path.join(reports, "playwright.json");
const e2e = run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
const e2eStats = readJson(e2eReport)?.stats;
totals.passed += (e2eStats?.expected ?? 0) + (e2eStats?.flaky ?? 0);
totals.failed += e2eStats?.unexpected ?? (e2e === 0 ? 0 : 1);
finish(e2e);
