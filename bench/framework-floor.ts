import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the minimal app is built: inside the project, so it resolves the same node_modules. */
export const FLOOR_APP_DIR = path.resolve(".next-bench/framework-floor");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** The `<main>` element of a page's HTML: the article as the site renders it, without the page frame. */
export function mainElement(pageHtml: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(pageHtml)?.[0];
  if (!main) throw new Error("the article page has no <main> element");
  return main;
}

/**
 * Writes and builds the smallest prerendered Next page that stands in for an article: the
 * article's own rendered HTML (its `<main>`, every section as the site renders it) as one
 * block of HTML, styled by the site's own stylesheet. Measured like the site, it shows what
 * the same text and markup cost in the simplest Next page: the floor for Lighthouse and the
 * ceiling for throughput. What the article page costs above it is its own components, its
 * page frame and their payload.
 */
export function buildFloorApp(articlePageHtml: string, css: string): void {
  rmSync(FLOOR_APP_DIR, { recursive: true, force: true });
  mkdirSync(path.join(FLOOR_APP_DIR, "app"), { recursive: true });
  // Its own (empty) config: otherwise Next finds the site's next.config.ts in a parent folder.
  writeFileSync(path.join(FLOOR_APP_DIR, "next.config.mjs"), "export default {};\n");
  writeFileSync(path.join(FLOOR_APP_DIR, "app", "globals.css"), css);
  writeFileSync(
    path.join(FLOOR_APP_DIR, "app", "layout.jsx"),
    `import "./globals.css";
export const metadata = { title: "最小页面", description: "框架本身的开销" };
export default function Layout({ children }) {
  return (<html lang="zh-CN"><body>{children}</body></html>);
}
`,
  );
  writeFileSync(
    path.join(FLOOR_APP_DIR, "app", "page.jsx"),
    `const ARTICLE = ${JSON.stringify(mainElement(articlePageHtml))};
export default function Page() {
  return <div dangerouslySetInnerHTML={{ __html: ARTICLE }} />;
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
