import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the minimal apps are built: inside the project, so they resolve the same node_modules. */
export const FLOOR_APPS_DIR = path.resolve(".next-bench/framework-floor");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** A response header as `next.config` takes it. */
interface Header {
  key: string;
  value: string;
}

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
 *
 * `headers`, when given, are sent with every answer (the site's security headers), so that
 * what they cost a browser falls on both sides of the comparison. Returns the app's folder,
 * `<FLOOR_APPS_DIR>/<name>`.
 */
export function buildFloorApp(name: string, articlePageHtml: string, css: string, headers: readonly Header[] = []): string {
  const dir = path.join(FLOOR_APPS_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  // Its own config: otherwise Next finds the site's next.config.ts in a parent folder.
  const config =
    headers.length === 0 ? "{}" : `{ async headers() { return [{ source: "/:path*", headers: ${JSON.stringify(headers)} }]; } }`;
  writeFileSync(path.join(dir, "next.config.mjs"), `export default ${config};\n`);
  writeFileSync(path.join(dir, "app", "globals.css"), css);
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `import "./globals.css";
export const metadata = { title: "最小页面", description: "框架本身的开销" };
export default function Layout({ children }) {
  return (<html lang="zh-CN"><body>{children}</body></html>);
}
`,
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `const ARTICLE = ${JSON.stringify(mainElement(articlePageHtml))};
export default function Page() {
  return <div dangerouslySetInnerHTML={{ __html: ARTICLE }} />;
}
`,
  );
  execFileSync(process.execPath, [NEXT_BIN, "build", dir], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return dir;
}

/** `next start` of a minimal app (`dir`, from `buildFloorApp`) on a loopback port; the caller stops it by its PID. */
export function startFloorApp(dir: string, port: number): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, "start", dir, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
}
