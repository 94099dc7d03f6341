import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the minimal app is built: inside the project, so it resolves the same node_modules. */
export const FLOOR_APP_DIR = path.resolve(".next-bench/framework-floor");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** The visible text of an HTML page: scripts, styles and tags removed, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Bytes of a minimal Next page besides its text: head, bootstrap scripts, RSC framing. */
const PAGE_OVERHEAD_BYTES = 6_000;

/**
 * Writes and builds the smallest prerendered Next page that stands in for an article: one
 * heading and one paragraph of the article's own visible text, repeated until the page's HTML
 * (which carries the text twice: as HTML and in the inline RSC payload) is about as long as
 * the article's and compresses about as well. Measured like the site, it shows what the
 * framework alone costs: the floor for Lighthouse and the ceiling for throughput.
 */
export function buildFloorApp(articleHtml: string): void {
  rmSync(FLOOR_APP_DIR, { recursive: true, force: true });
  mkdirSync(path.join(FLOOR_APP_DIR, "app"), { recursive: true });
  const visible = visibleText(articleHtml);
  const targetBytes = Math.max(1, (Buffer.byteLength(articleHtml) - PAGE_OVERHEAD_BYTES) / 2);
  const copies = Math.ceil(targetBytes / Math.max(1, Buffer.byteLength(visible)));
  const repeated = `${visible} `.repeat(copies);
  const text = JSON.stringify(repeated.slice(0, Math.round((repeated.length * targetBytes) / Buffer.byteLength(repeated))));
  // Its own (empty) config: otherwise Next finds the site's next.config.ts in a parent folder.
  writeFileSync(path.join(FLOOR_APP_DIR, "next.config.mjs"), "export default {};\n");
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
  return (<main><h1>最小页面</h1><p>{${text}}</p></main>);
}
`,
  );
  execFileSync(process.execPath, [NEXT_BIN, "build", FLOOR_APP_DIR], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** `next start` of the minimal app on a loopback port; the caller stops it by its PID. */
export function startFloorApp(port: number): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, "start", FLOOR_APP_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
}
