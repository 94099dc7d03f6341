import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect, type Socket } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { EXPECTED_SECURITY_HEADERS } from "./expected-headers";
import { startNginx, type OwnNginx } from "./nginx-server";
import { reportFields, startOwnServer, type OwnServer } from "./report-server";
import { publishedArticles } from "./site-content";

/**
 * deploy/nginx.conf as shipped (only ports and folders changed) in front of two app processes
 * sharing one reports database and one shared state, as deploy/jiebei-guide@.service runs them.
 * The tests run in order: the last ones kill the app processes.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

let folder: string;
let database: string;
let apps: [OwnServer, OwnServer];
let nginx: OwnNginx;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  folder = mkdtempSync(path.join(tmpdir(), "nginx-front-"));
  database = path.join(folder, "reports.sqlite");
  const env = { TRUSTED_PROXIES: "127.0.0.1", SHARED_STATE_DB: path.join(folder, "state", "shared.sqlite"), SITE_FORMS_PER_HOUR: "5000" };
  apps = [await startOwnServer(database, "3/600", env), await startOwnServer(database, "3/600", env)];
  const ports = apps.map((app) => Number(new URL(app.origin).port)) as [number, number];
  nginx = await startNginx(path.join(folder, "nginx"), ports);
});

test.afterAll(async () => {
  await nginx?.stop();
  await Promise.all((apps ?? []).map((app) => app.kill()));
  rmSync(folder, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with Node's client: from a loopback address of the test's choosing (`from`), so nginx sees readers other than itself. */
function send(
  origin: string,
  target: string,
  {
    method = "GET",
    headers = {},
    body,
    from = "127.0.0.1",
  }: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(target, origin);
    const request = httpRequest(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, headers, localAddress: from, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** A report posted as the page's script posts it (JSON answer), from `from`. */
function postReport(marker: string, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(nginx.origin, "/takedown/report", {
    method: "POST",
    from,
    body: reportFields(marker).toString(),
    headers: { Origin: nginx.origin, Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded", ...headers },
  });
}

function expectSecurityHeaders(answer: Answer, what: string): void {
  for (const [header, value] of Object.entries(EXPECTED_SECURITY_HEADERS)) expect(answer.headers[header], `${what}: ${header}`).toBe(value);
}

function storedReferences(): string[] {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare("SELECT reference FROM reports").all() as { reference: string }[]).map((row) => row.reference);
  } finally {
    db.close();
  }
}

test("sends the bodies and security headers the app sends, and keeps only pages the same for everyone", async () => {
  const [article] = await publishedArticles();
  const paths = [
    "/",
    `/articles/${article!.slug}`,
    `/zh-Hant/articles/${article!.slug}`,
    "/feed.xml",
    `/search?q=${encodeURIComponent("罚息")}`,
    "/takedown",
  ];
  for (const target of paths) {
    const direct = await send(apps[0].origin, target);
    const first = await send(nginx.origin, target);
    const second = await send(nginx.origin, target);
    expect(first.status, target).toBe(200);
    expect(first.body, target).toBe(direct.body);
    expect(second.body, target).toBe(direct.body);
    expectSecurityHeaders(first, target);
    expectSecurityHeaders(second, target);
    expect(second.headers["cache-control"], target).toBe(direct.headers["cache-control"]);
    const shared = /\bs-maxage=/.test(String(direct.headers["cache-control"]));
    expect(second.headers["x-cache-status"], target).toBe(shared ? "HIT" : "MISS");
  }
  // The search answer and the form's page are the app's own each time; the article is not.
  expect((await send(nginx.origin, "/search?q=%E5%82%AC%E6%94%B6")).headers["x-cache-status"]).toBe("MISS");
});

test("compresses as the client asks, one kept copy per encoding", async () => {
  const [article] = await publishedArticles();
  const target = `/articles/${article!.slug}`;
  for (const [acceptEncoding, expected] of [
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["identity", undefined],
  ] as const) {
    const answer = await send(nginx.origin, target, { headers: { "Accept-Encoding": acceptEncoding } });
    expect(answer.headers["content-encoding"], acceptEncoding).toBe(expected);
  }
});

async function submitReport(page: Page, description: string): Promise<string> {
  await page.goto(`${nginx.origin}/takedown`);
  await page.getByLabel("涉及的页面").fill("/articles/overdue-consequences");
  await page.getByLabel("事实错误").check();
  await page.getByLabel("问题说明").fill(description);
  await page.getByLabel("你的联系方式").fill("reader@example.com");
  await page.getByLabel(/我确认以上信息真实/).check();
  await page.getByRole("button", { name: "提交举报" }).click();
  await expect(page).toHaveURL(/\/takedown\/received\?ref=TD-/);
  return (await page.getByTestId("report-reference").textContent())!.trim();
}

test("takes reports through nginx with JavaScript and without, each answered with its reference", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const reference = await submitReport(await context.newPage(), `经过 nginx 提交，脚本${javaScriptEnabled ? "开" : "关"}。`);
    expect(reference).toMatch(/^TD-[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(storedReferences()).toContain(reference);
    await context.close();
  }
  // A refused post's draft is kept where both processes see it: the page after the redirect shows it, whichever answers.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await page.goto(`${nginx.origin}/takedown`);
    await page.getByLabel("问题说明").fill(`没有填联系方式的第 ${attempt} 次`);
    await page.getByRole("button", { name: "提交举报" }).click();
    await expect(page).toHaveURL(/draft=/);
    await expect(page.getByLabel("问题说明")).toHaveValue(`没有填联系方式的第 ${attempt} 次`);
  }
  await context.close();
});

test("counts each forwarded reader, and ignores an X-Forwarded-For a reader wrote", async () => {
  // Each app allows 3 reports per reader per 10 minutes; nginx forwards from 127.0.0.1, which the apps trust.
  for (let index = 0; index < 3; index += 1) expect((await postReport(`A${index}`, "127.0.0.2")).status).toBe(201);
  const limited = await postReport("A3", "127.0.0.2");
  expect(limited.status).toBe(429);
  expect(JSON.parse(limited.body).message).toContain("提交得太频繁了");
  // Claiming to be someone else changes nothing: the apps read the header from the right, where nginx wrote the reader's address.
  for (const spoofed of ["198.51.100.7", "203.0.113.9, 198.51.100.8", "127.0.0.1"]) {
    expect((await postReport(`S${spoofed}`, "127.0.0.2", { "X-Forwarded-For": spoofed })).status, spoofed).toBe(429);
  }
  // Another reader has an allowance of its own, so the apps did not count nginx's address.
  expect((await postReport("B0", "127.0.0.3")).status).toBe(201);
  // Straight to an app from an address it does not trust, the header is not believed either.
  const direct = await send(apps[1].origin, "/takedown/report", {
    method: "POST",
    from: "127.0.0.2",
    body: reportFields("D0").toString(),
    headers: {
      Origin: apps[1].origin,
      Accept: "application/json",
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Forwarded-For": "198.51.100.9",
    },
  });
  expect(direct.status).toBe(429);
});

test("refuses a flood of form posts before the app, with a Chinese page of its own", async () => {
  const answers: Answer[] = [];
  for (let index = 0; index < 14; index += 1) answers.push(await postReport(`F${index}`, "127.0.0.50"));
  // The app's own answers first (201, then its 429 as JSON); past nginx's burst, nginx's page.
  expect(answers.slice(0, 3).map((answer) => answer.status)).toEqual([201, 201, 201]);
  const fromNginx = answers.filter((answer) => String(answer.headers["content-type"]).startsWith("text/html"));
  expect(fromNginx.length).toBeGreaterThan(0);
  for (const answer of fromNginx) {
    expect(answer.status).toBe(429);
    expect(answer.body).toContain("提交得太频繁了");
    expect(answer.body).not.toContain("nginx");
    expectSecurityHeaders(answer, "nginx's 429");
  }
});

test("a reader who sends slowly does not hold up the others", async () => {
  const [article] = await publishedArticles();
  const slow: Socket[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    for (let index = 0; index < 40; index += 1) {
      const socket = connect({ host: "127.0.0.1", port: nginx.port });
      socket.on("error", () => undefined);
      socket.write(
        index % 2 === 0
          ? "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          : "POST /feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4000\r\n\r\na=",
      );
      timers.push(setInterval(() => socket.write("X-A: b\r\n"), 1_000));
      slow.push(socket);
    }
    for (let index = 0; index < 20; index += 1) {
      const started = performance.now();
      const answer = await send(
        nginx.origin,
        index % 2 === 0 ? `/articles/${article!.slug}` : `/search?q=${encodeURIComponent(`分期${index}`)}`,
      );
      expect(answer.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const socket of slow) socket.destroy();
  }
});

test("loses no acknowledged report of 200 when one app process is killed midway, and sends the rest to the other", async () => {
  const before = new Set(storedReferences());
  const acknowledged: string[] = [];
  const failures: number[] = [];
  let killed = false;
  let next = 0;
  // 8 at a time, from 100 readers with 2 reports each (under every limit).
  const worker = async () => {
    for (let index = next++; index < 200; index = next++) {
      const answer = await postReport(`K${index}`, `127.0.1.${Math.floor(index / 2) + 1}`).catch(() => undefined);
      if (answer?.status === 201) acknowledged.push((JSON.parse(answer.body) as { reference: string }).reference);
      else failures.push(answer?.status ?? 0);
      if (!killed && acknowledged.length >= 80) {
        killed = true;
        await apps[0].kill();
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(killed).toBe(true);
  // The few in flight at the kill may fail (never retried: a post is not sent twice); the rest went to the other process.
  expect(acknowledged.length).toBeGreaterThanOrEqual(190);
  const stored = storedReferences().filter((reference) => !before.has(reference));
  for (const reference of acknowledged)
    expect(
      stored.filter((one) => one === reference),
      reference,
    ).toHaveLength(1);
  const db = new Database(database, { readonly: true });
  expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  db.close();
  // Requests after the kill are answered by the process still running.
  for (let index = 0; index < 6; index += 1) {
    expect((await send(nginx.origin, `/search?q=${encodeURIComponent(`宽限期${index}`)}`)).status).toBe(200);
  }
});

test("serves kept pages when no app process answers, and a Chinese 503 page for everything else", async () => {
  const [article] = await publishedArticles();
  const kept = `/articles/${article!.slug}`;
  expect((await send(nginx.origin, kept)).status).toBe(200);
  await apps[1].kill();
  const page = await send(nginx.origin, kept);
  expect(page.status).toBe(200);
  expect(["HIT", "STALE"]).toContain(page.headers["x-cache-status"]);
  expect(page.body).toContain(article!.title);
  expectSecurityHeaders(page, "kept page");
  for (const [what, answer] of [
    ["search", await send(nginx.origin, `/search?q=${encodeURIComponent("停息挂账")}`)],
    ["form page", await send(nginx.origin, "/takedown")],
    ["report", await postReport("down", "127.0.0.9")],
  ] as const) {
    expect(answer.status, what).toBe(503);
    expect(answer.headers["content-type"], what).toBe("text/html; charset=utf-8");
    expect(answer.headers["retry-after"], what).toBe("60");
    expect(answer.body, what).toContain("暂时打不开");
    expect(answer.body, what).toContain("report@example.com");
    expect(answer.body, what).not.toContain("nginx");
    expectSecurityHeaders(answer, what);
  }
});
