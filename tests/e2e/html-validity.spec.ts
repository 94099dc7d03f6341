import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { allRoutes } from "./site-content";

const VNU = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

test("every page's HTML passes the Nu HTML Checker with zero errors", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  try {
    const routes = [...(await allRoutes()), "/articles/%ZZ"];
    const files = await Promise.all(
      routes.map(async (route, index) => {
        const file = path.join(dir, `page-${index}.html`);
        writeFileSync(file, await (await request.get(route)).text());
        return { route, file };
      }),
    );
    const result = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files.map((f) => f.file)], { encoding: "utf8" });
    expect(result.error, "java must be installed (npm test installs default-jre-headless)").toBeUndefined();
    const { messages } = JSON.parse(result.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
    const named = messages.map((m) => `${files.find((f) => m.url.endsWith(path.basename(f.file)))?.route}:${m.lastLine}: ${m.message}`);
    expect(named).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
