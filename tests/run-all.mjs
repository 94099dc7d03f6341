// `npm test`: every test, from a fresh clone (after `npm ci`). Installs Debian's Chromium,
// CJK fonts, a Java runtime (for the Nu HTML Checker) and nginx (the deployment's front
// server, tests/e2e/nginx.spec.ts) when they are missing, runs the
// linter and the format check, the unit tests, builds the production site (which validates
// the content first), type-checks the project and runs the browser tests against the build.
// Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
/** Debian's way to keep a package's install from starting its service (exit 101: "not allowed"). */
const POLICY_RC = "/usr/sbin/policy-rc.d";

/** Debian packages the browser, HTML-validity and deployment tests need: Chromium, CJK fonts, a Java runtime for vnu, nginx. */
function ensureSystemPackages() {
  const hasJava = spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : ["chromium", "fonts-noto-cjk"]),
    ...(hasJava ? [] : ["default-jre-headless"]),
    ...(existsSync(NGINX) ? [] : ["nginx"]),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`缺少 ${missing.join("、")}。请先运行：sudo apt-get install -y ${missing.join(" ")}`);
    finish(1);
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  // The tests start nginx themselves, on ports of their own: installing it must not start the
  // system's nginx on port 80. Where the machine has no policy, one that says no is put in place
  // for the install and removed after it.
  const ownPolicy = !existsSync(POLICY_RC);
  if (ownPolicy) writeFileSync(POLICY_RC, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  const installed =
    run("apt-get", ["update"], env) === 0 && run("apt-get", ["install", "-y", "--no-install-recommends", ...missing], env) === 0;
  if (ownPolicy) rmSync(POLICY_RC, { force: true });
  if (!installed) {
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
