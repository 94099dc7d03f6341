import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FORM_BYTES } from "@/lib/server/request-gate";
import { siteSecurityHeaderFields } from "@/lib/server/security-headers";
import { parseTrustedProxies } from "@/lib/server/trusted-proxies";
import { parseSiteConfig } from "@/lib/site/config";
import { freePort } from "../e2e/report-server";

const nginx = readFileSync("deploy/nginx.conf", "utf8");
const app = readFileSync("deploy/jiebei-guide@.service", "utf8");
const backup = readFileSync("deploy/jiebei-guide-backup.service", "utf8");

/** The `Environment=` assignments of a unit, by name. */
function environment(unit: string): Record<string, string> {
  return Object.fromEntries(
    [...unit.matchAll(/^Environment=(.+)$/gm)].flatMap((line) =>
      (line[1] ?? "").split(/\s+/).map((assignment) => assignment.split("=", 2) as [string, string]),
    ),
  );
}

describe("the deployment files", () => {
  it("send the app's security headers with nginx's own pages", () => {
    const location = /location ~ \^\/\(503\|429\)\\\.html\$ \{([\s\S]*?)\n {4}\}/.exec(nginx)?.[1] ?? "";
    expect(location).toContain("internal;");
    const sent = Object.fromEntries([...location.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((match) => [match[1], match[2]]));
    for (const [header, value] of Object.entries(
      siteSecurityHeaderFields({ url: "http://localhost:3000", hstsIncludeSubdomains: false }),
    )) {
      expect(sent[header], header).toBe(value);
    }
  });

  it("take no bigger form than the app, and send posts to the two form routes only through the limit", () => {
    expect(nginx).toContain(`client_max_body_size ${MAX_FORM_BYTES / 1024}k;`);
    expect(nginx).toMatch(/location ~ \^\/\(zh-Hant\/\)\?\(takedown\/report\|feedback\)\$ \{\s+limit_req zone=jiebei_guide_forms/);
  });

  it("run the app processes nginx sends requests to, trusting only nginx, sharing their state in RAM", () => {
    const upstreamPorts = [...nginx.matchAll(/server 127\.0\.0\.1:(\d+) /g)].map((match) => match[1]);
    expect(upstreamPorts).toEqual(["3001", "3002"]);
    expect(app).toContain("systemctl daemon-reload && systemctl enable --now jiebei-guide@3001 jiebei-guide@3002");
    const env = environment(app);
    expect(env.PORT).toBe("%i");
    expect(env.HOST).toBe("127.0.0.1");
    const trust = parseTrustedProxies({ TRUSTED_PROXIES: env.TRUSTED_PROXIES });
    expect([trust("127.0.0.1", 0), trust("203.0.113.7", 0)]).toEqual([true, false]);
    expect(env.SHARED_STATE_DB).toBe(`/run/${/^RuntimeDirectory=(\S+)$/m.exec(app)?.[1]}/shared.sqlite`);
    expect(app).toMatch(/^RuntimeDirectoryPreserve=yes$/m);
    expect(parseSiteConfig(env).sharedStateDatabase).toBe(env.SHARED_STATE_DB);
  });

  it("close idle connections to the app before the app does, so no request is sent on one it is closing", () => {
    const upstream = /upstream jiebei_guide_app \{([\s\S]*?)\n\}/.exec(nginx)?.[1] ?? "";
    const nginxSeconds = Number(/keepalive_timeout (\d+)s;/.exec(upstream)?.[1]);
    // npm start keeps Node's default (lib/server/serve.ts sets none).
    expect(nginxSeconds * 1000).toBeLessThan(createServer().keepAliveTimeout);
  });

  it("purge with commands the project's CLI runs", () => {
    const commands = [...backup.matchAll(/^ExecStart=\/usr\/bin\/node (lib\/cli\/run\.mjs .+)$/gm)].map((match) =>
      (match[1] ?? "").split(" "),
    );
    expect(commands.map((command) => command[1])).toEqual(["reports", "feedback"]);
    const folder = mkdtempSync(path.join(tmpdir(), "deploy-purge-"));
    try {
      for (const command of commands) {
        const result = spawnSync(process.execPath, command, {
          env: { ...process.env, REPORTS_DB: path.join(folder, "reports.sqlite") },
          encoding: "utf8",
        });
        expect(result.status, `${command.join(" ")}\n${result.stderr}`).toBe(0);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("an app process's start", () => {
  const command = (/^ExecStartPost=\/usr\/bin\/node (lib\/cli\/run\.mjs .+)$/m.exec(app)?.[1] ?? "").split(" ");

  /** The unit's ExecStartPost for the port `port`, as systemd runs it. */
  function waitFor(port: number) {
    return new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        command.map((part) => part.replace("%i", String(port))),
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("close", (status) => resolve({ status, stderr }));
    });
  }

  it("waits, within systemd's start timeout, for the process to answer pages", async () => {
    expect(command.slice(0, 2)).toEqual(["lib/cli/run.mjs", "wait-until-answering"]);
    expect(Number(command[3])).toBeLessThan(Number(/^TimeoutStartSec=(\d+)$/m.exec(app)?.[1]));
    const port = await freePort();
    const waiting = waitFor(port);
    // The process starts listening a moment after the wait begins, and answers a page.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const server = createServer((_request, response) => response.end("ok"));
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      expect(await waiting).toMatchObject({ status: 0 });
    } finally {
      server.close();
    }
  });

  it("fails the start, with a message, when the process does not answer", async () => {
    const port = await freePort();
    const result = spawnSync(process.execPath, ["lib/cli/run.mjs", "wait-until-answering", String(port), "1"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`端口 ${port} 上的网站进程没有在 1 秒内应答`);
  });

  it("refuses a port that is not one", () => {
    const result = spawnSync(process.execPath, ["lib/cli/run.mjs", "wait-until-answering", "3001x"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("用法");
  });
});
