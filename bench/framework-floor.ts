import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the minimal app is built: inside the project, so it resolves the same node_modules. */
export const FLOOR_APP_DIR = path.resolve(".next-bench/framework-floor");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/**
 * Writes and builds the smallest prerendered Next page that stands in for an article: one
 * heading and enough Chinese text that its HTML is about `htmlBytes` long (Next repeats page
 * text in the HTML and in its inline RSC payload, so the text is half of that). Measured like
 * the site, it shows what the framework alone costs: the floor for Lighthouse and the
 * ceiling for throughput.
 */
export function buildFloorApp(htmlBytes: number): void {
  rmSync(FLOOR_APP_DIR, { recursive: true, force: true });
  mkdirSync(path.join(FLOOR_APP_DIR, "app"), { recursive: true });
  const sentence = "借呗逾期以后，先在支付宝 App 里查看应还金额和日期。";
  const text = sentence.repeat(Math.max(1, Math.round(htmlBytes / 2 / Buffer.byteLength(sentence))));
  writeFileSync(
    path.join(FLOOR_APP_DIR, "app", "layout.jsx"),
    `export const metadata = { title: "最小页面", description: "框架本身的开销" };
export default function Layout({ children }) {
  return (<html lang="zh-CN"><body>{children}</body></html>);
}
`,
  );
  writeFileSync(
    path.join(FLOOR_APP_DIR, "app", "page.jsx"),
    `export default function Page() {
  return (<main><h1>最小页面</h1><p>${text}</p></main>);
}
`,
  );
  execFileSync(process.execPath, [NEXT_BIN, "build", FLOOR_APP_DIR], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** `next start` of the minimal app on a loopback port; the caller stops it by its PID. */
export function startFloorApp(port: number): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, "start", FLOOR_APP_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
}
