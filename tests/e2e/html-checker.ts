import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const VNU = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

/**
 * Every error the Nu HTML Checker (run with the system's Java) finds in the given pages, as
 * `route:line: message`; empty when all are valid. Throws when Java is missing.
 */
export function htmlErrors(pages: readonly { route: string; html: string }[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  try {
    const files = pages.map(({ route, html }, index) => {
      const file = path.join(dir, `page-${index}.html`);
      writeFileSync(file, html);
      return { route, file };
    });
    const result = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files.map((f) => f.file)], { encoding: "utf8" });
    if (result.error) throw new Error(`java must be installed (npm test installs default-jre-headless): ${result.error.message}`);
    const { messages } = JSON.parse(result.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
    return messages.map((m) => `${files.find((f) => m.url.endsWith(path.basename(f.file)))?.route}:${m.lastLine}: ${m.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
