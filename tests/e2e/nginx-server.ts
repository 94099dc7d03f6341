import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "./report-server";

/** Debian's nginx, which `npm test` installs when it is missing. */
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

/** The shipped site file with only what a deployer changes for this host: addresses, ports and folders; each must be found exactly as shipped. */
export function siteConfigFor(options: { port: number; appPorts: [number, number]; cacheDir: string; distDir: string }): string {
  const replacements: [string, string][] = [
    ["    listen 80;\n", `    listen 127.0.0.1:${options.port};\n`],
    ["    listen [::]:80;\n", ""],
    ["server 127.0.0.1:3001 ", `server 127.0.0.1:${options.appPorts[0]} `],
    ["server 127.0.0.1:3002 ", `server 127.0.0.1:${options.appPorts[1]} `],
    ["proxy_cache_path /var/cache/nginx/jiebei-guide ", `proxy_cache_path ${options.cacheDir} `],
    ["root /srv/jiebei-guide/dist;", `root ${options.distDir};`],
  ];
  let site = readFileSync("deploy/nginx.conf", "utf8");
  for (const [shipped, here] of replacements) {
    if (site.split(shipped).length !== 2) throw new Error(`deploy/nginx.conf no longer has exactly one "${shipped.trim()}"`);
    site = site.replace(shipped, here);
  }
  return site;
}

export interface OwnNginx {
  origin: string;
  port: number;
  process: ChildProcess;
  /** nginx's error log so far (for a failing test's message). */
  errors(): string;
  stop(): Promise<void>;
}

/**
 * nginx in the foreground on a free loopback port, with the shipped site file in front of the
 * two app processes on `appPorts`, everything it writes under `folder`, and `extra` (more
 * `server` blocks) beside it. Stopped by its PID.
 */
export async function startNginx(folder: string, appPorts: [number, number], extra = ""): Promise<OwnNginx> {
  const port = await freePort();
  for (const dir of ["cache", "temp"]) mkdirSync(path.join(folder, dir), { recursive: true });
  writeFileSync(
    path.join(folder, "site.conf"),
    siteConfigFor({ port, appPorts, cacheDir: path.join(folder, "cache"), distDir: path.resolve("dist") }),
  );
  const temp = path.join(folder, "temp");
  writeFileSync(
    path.join(folder, "nginx.conf"),
    [
      // Workers as root only because the test runs as root and its folders are root's.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      "worker_processes 1;",
      `pid ${path.join(folder, "nginx.pid")};`,
      `error_log ${path.join(folder, "error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      // As Debian's /etc/nginx/nginx.conf has them, the main file every site file is included in.
      "  sendfile on;",
      "  tcp_nopush on;",
      "  types_hash_max_size 2048;",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${path.join(temp, kind)};`),
      `  include ${path.join(folder, "site.conf")};`,
      extra,
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(NGINX, ["-p", folder, "-c", path.join(folder, "nginx.conf"), "-g", "daemon off;"], { stdio: "ignore" });
  const errors = () => {
    try {
      return readFileSync(path.join(folder, "error.log"), "utf8");
    } catch {
      return "";
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${errors()}`);
    const up = await fetch(`${origin}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`nginx did not answer within 15 s:\n${errors()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    port,
    process: child,
    errors,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
    },
  };
}
