import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * `npm start` works out searches in a thread whose script `npm run build:server` compiles beside
 * the server (dist/search-worker.mjs). A server deployed without it must say so at once, not
 * start and then fail every search.
 */
test("the server refuses to start without its search thread's script, naming the command that compiles it", async () => {
  // Beside dist/, so the copy finds the project's packages as dist/serve.mjs does.
  const dir = path.resolve("dist", `no-search-thread-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    copyFileSync(path.resolve("dist/serve.mjs"), path.join(dir, "serve.mjs"));
    const child = spawn(process.execPath, [path.join(dir, "serve.mjs")], {
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      child.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(1);
    expect(output).toContain(`${path.join(dir, "search-worker.mjs")} is missing: run npm run build:server`);
    expect(output).not.toContain("listening");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
