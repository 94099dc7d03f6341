import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { WARM_UP_DONE, warmedUp } from "@/lib/server/warm-up";

/** A Node process running `script` with its standard output piped, as the servers are started. */
function child(script: string) {
  return spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "ignore"] });
}

describe("warmedUp", () => {
  it("resolves once the line is printed, even split across chunks, while the process runs on", async () => {
    const server = child(
      `process.stdout.write("listening\\n${WARM_UP_DONE.slice(0, 4)}"); setTimeout(() => console.log("${WARM_UP_DONE.slice(4)} in 0.1 s"), 50); setTimeout(() => {}, 5000);`,
    );
    await expect(warmedUp(server)).resolves.toBeUndefined();
    expect(server.exitCode).toBeNull();
    server.kill();
  });

  it("rejects when the process exits first", async () => {
    await expect(warmedUp(child(`console.log("listening"); process.exit(3);`))).rejects.toThrow(/exited \(3\)/);
  });

  it("rejects when the line does not come in time", async () => {
    const server = child("setTimeout(() => {}, 5000);");
    await expect(warmedUp(server, 200)).rejects.toThrow(/not done within 0.2 s/);
    server.kill();
  });
});
