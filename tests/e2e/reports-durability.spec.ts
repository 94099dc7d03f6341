import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { reportFields, startOwnServer } from "./report-server";

/** These tests start servers of their own, with their own databases; each runs alone. */
test.describe.configure({ mode: "serial", timeout: 180_000 });

let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "reports-durability-"));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Posts a report as the page's script does; resolves to the reference when the server acknowledged it. */
async function postReport(origin: string, marker: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/takedown/report`, {
    method: "POST",
    headers: { Origin: origin, Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: reportFields(marker, extra),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json().catch(() => ({}))) as { reference?: string; message?: string },
  };
}

function rows(database: string): { reference: string; description: string }[] {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare("SELECT reference, description FROM reports").all() as { reference: string; description: string }[];
  } finally {
    db.close();
  }
}

test("200 concurrent valid reports are all stored, each exactly once", async () => {
  const database = path.join(folder, "concurrent.sqlite");
  const server = await startOwnServer(database, "10000/600");
  try {
    const markers = Array.from({ length: 200 }, (_, i) => `C${i}`);
    const answers = await Promise.all(markers.map((marker) => postReport(server.origin, marker)));
    expect(answers.map((answer) => answer.status)).toEqual(markers.map(() => 201));
    const references = answers.map((answer) => answer.body.reference!);
    expect(new Set(references).size).toBe(200);
    const stored = rows(database);
    expect(stored).toHaveLength(200);
    expect(new Set(stored.map((row) => row.reference))).toEqual(new Set(references));
    for (const marker of markers) expect(stored.filter((row) => row.description.includes(`编号 ${marker}。`))).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test("a server killed with SIGKILL mid-burst has kept every report it acknowledged, in a sound database", async () => {
  const database = path.join(folder, "killed.sqlite");
  const server = await startOwnServer(database, "10000/600");
  const acknowledged: string[] = [];
  let sent = 0;
  const burst = Array.from({ length: 300 }, async (_, i) => {
    await new Promise((resolve) => setTimeout(resolve, i * 3));
    sent += 1;
    const answer = await postReport(server.origin, `K${i}`).catch(() => undefined);
    if (answer?.status === 201 && answer.body.reference) acknowledged.push(answer.body.reference);
  });
  // Kill it once it has acknowledged some reports and others are still on their way.
  await expect.poll(() => acknowledged.length, { timeout: 60_000, intervals: [5] }).toBeGreaterThanOrEqual(20);
  await server.kill();
  await Promise.all(burst);
  expect(sent).toBe(300);
  expect(acknowledged.length).toBeLessThan(300);

  const restarted = await startOwnServer(database, "10000/600");
  try {
    const stored = new Set(rows(database).map((row) => row.reference));
    expect(acknowledged.filter((reference) => !stored.has(reference))).toEqual([]);
    const db = new Database(database, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
    // The restarted server confirms them and keeps accepting reports.
    expect((await fetch(`${restarted.origin}/takedown/received?ref=${acknowledged[0]}`)).status).toBe(200);
    expect((await postReport(restarted.origin, "after-restart")).status).toBe(201);
  } finally {
    await restarted.stop();
  }
});

test("abuse: the rate limit answers 429 in Chinese, bad posts get 400, foreign posts 403, and the honeypot drops bots silently", async () => {
  const database = path.join(folder, "abuse.sqlite");
  const server = await startOwnServer(database, "3/600");
  try {
    const honeypot = await postReport(server.origin, "bot", { website: "http://spam.example" });
    expect(honeypot.status).toBe(201);
    expect(honeypot.body.reference).toMatch(/^TD-/);
    expect(rows(database)).toEqual([]);

    for (const marker of ["R1", "R2", "R3"]) expect((await postReport(server.origin, marker)).status).toBe(201);
    const limited = await postReport(server.origin, "R4");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(limited.body.message).toContain("提交得太频繁了");
    const plain = await fetch(`${server.origin}/takedown/report`, {
      method: "POST",
      headers: { Origin: server.origin, "Content-Type": "application/x-www-form-urlencoded" },
      body: reportFields("R5"),
    });
    expect(plain.status).toBe(429);
    expect(await plain.text()).toMatch(/^提交得太频繁了。.*分钟后再试/);
    expect(rows(database)).toHaveLength(3);

    const post = (body: BodyInit, headers: Record<string, string>) =>
      fetch(`${server.origin}/takedown/report`, { method: "POST", body, headers: { Origin: server.origin, ...headers } });
    // Past 16 KiB the server answers 413 from the declared length, before reading the body.
    const oversized = await post(reportFields("big", { description: "长".repeat(20_000) }), {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(oversized.status).toBe(413);
    expect(await oversized.text()).toContain("提交的内容太大了");
    const brokenFragment = await postReport(server.origin, "frag", { page: "/articles/overdue-consequences#%E5" });
    expect(brokenFragment.status).toBe(400);
    expect((brokenFragment.body as { errors?: { page?: string } }).errors?.page).toContain("网址里 # 后面的部分有无法识别的字符");
    const json = await post('{"description":"x"}', { "Content-Type": "application/json" });
    expect(json.status).toBe(400);
    expect(await json.text()).toContain("请通过本站网页上的表单提交");
    const garbage = await post(new Uint8Array([0x70, 0x61, 0x67, 0x65, 0x3d, 0xc3, 0x28]), {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(garbage.status).toBe(400);
    const foreign = await fetch(`${server.origin}/takedown/report`, {
      method: "POST",
      body: reportFields("x"),
      headers: { Origin: "https://evil.example.com", "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("请从本站的网页上提交表单");
    const feedback = await fetch(`${server.origin}/feedback`, {
      method: "POST",
      body: new URLSearchParams({ article: "overdue-consequences", helpful: "maybe" }),
      headers: { Origin: server.origin, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(feedback.status).toBe(400);
    expect(await feedback.text()).toContain("请选择“有帮助”或“没帮助”");
    expect(rows(database)).toHaveLength(3);
  } finally {
    await server.stop();
  }
});

test("a site-wide ceiling on accepted reports and feedback holds for every client together, with its own Chinese 429", async () => {
  const database = path.join(folder, "ceiling.sqlite");
  const server = await startOwnServer(database, "100/600", { SITE_FORMS_PER_HOUR: "3" });
  try {
    const feedback = (helpful: string) =>
      fetch(`${server.origin}/feedback`, {
        method: "POST",
        body: new URLSearchParams({ article: "overdue-consequences", helpful }),
        headers: { Origin: server.origin, Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      });
    expect((await feedback("yes")).status).toBe(201);
    expect((await postReport(server.origin, "S1")).status).toBe(201);
    expect((await feedback("no")).status).toBe(201);
    const refused = await postReport(server.origin, "S2");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(refused.body.message).toContain("本站收到的举报和反馈已经到了上限");
    const page = await fetch(`${server.origin}/feedback`, {
      method: "POST",
      body: new URLSearchParams({ article: "overdue-consequences", helpful: "yes" }),
      headers: { Origin: server.origin, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(page.status).toBe(429);
    expect(await page.text()).toMatch(/^这一个小时里，本站收到的举报和反馈已经到了上限。.*分钟后再试/);
    expect(rows(database)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});
