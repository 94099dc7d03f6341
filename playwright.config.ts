import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * A free loopback port, chosen once in the runner process: workers inherit it through the
 * environment, so every test talks to the one server this run started and never to
 * something else already listening on a common port.
 */
function freePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" });
}
process.env.E2E_PORT ??= freePort();
const port = process.env.E2E_PORT;
// Reports posted by the tests go to a database of this run's own, never the site's data/ folder.
process.env.E2E_REPORTS_DB ??= path.join(tmpdir(), `jiebei-e2e-${port}-${Date.now()}.sqlite`);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot reach the internet here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without these Chromium keeps dialling Google services, which this machine refuses.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // The production server exactly as `npm start` runs it.
    command: "node dist/serve.mjs",
    url: baseURL,
    reuseExistingServer: false,
    timeout: 180_000,
    // Every test posts from 127.0.0.1: the report limit is raised here; tests/e2e/reports-durability.spec.ts checks the default one on a server of its own.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: port,
      HOST: "127.0.0.1",
      REPORTS_DB: process.env.E2E_REPORTS_DB,
      REPORTS_RATE_LIMIT: "1000/600",
    },
  },
});
