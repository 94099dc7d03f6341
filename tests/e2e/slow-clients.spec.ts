import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startOwnServer, type OwnServer } from "./report-server";

/**
 * Clients that send slowly, or send what the site does not take, must not be able to hold the
 * server or its memory: a server of this suite's own, with short time limits so the test is quick.
 */
test.describe("slow and oversized requests", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let server: OwnServer;
  let port: number;

  test.beforeAll(async () => {
    server = await startOwnServer(path.join(tmpdir(), `slow-clients-${Date.now()}.sqlite`), "5/600", {
      SERVER_HEADERS_TIMEOUT: "2",
      SERVER_REQUEST_TIMEOUT: "4",
      SERVER_MAX_CONNECTIONS: "120",
    });
    port = Number(new URL(server.origin).port);
  });

  test.afterAll(async () => {
    await server.stop();
  });

  /** The server's resident memory in bytes, from /proc (Linux). */
  const residentBytes = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.process.pid}/status`, "utf8"))![1]) * 1024;

  /**
   * Opens a connection, sends `head` and then `bodyBytes` of body in chunks every `everyMs`
   * until the server answers or closes; resolves with the answer's status line and how many
   * body bytes had been sent when the first byte of the answer arrived.
   */
  function trickle(
    head: string,
    bodyBytes: number,
    chunkBytes: number,
    everyMs: number,
  ): Promise<{ status: string; sentWhenAnswered: number; socket: Socket }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, "127.0.0.1");
      let sent = 0;
      let answered = false;
      const chunk = Buffer.alloc(chunkBytes, "x");
      const timer = setInterval(() => {
        if (socket.destroyed || sent >= bodyBytes) return;
        socket.write(chunk);
        sent += chunk.length;
      }, everyMs);
      const finish = (status: string) => {
        if (answered) return;
        answered = true;
        resolve({ status, sentWhenAnswered: sent, socket });
      };
      socket.setEncoding("latin1");
      socket.once("data", (text: string) => finish(text.split("\r\n")[0] ?? ""));
      socket.on("error", () => undefined);
      socket.once("close", () => {
        clearInterval(timer);
        if (!answered) reject(new Error("closed without an answer"));
      });
      socket.write(head);
      setTimeout(() => {
        clearInterval(timer);
        socket.destroy();
      }, 20_000).unref();
    });
  }

  const head = (target: string, headers: string, length: number) =>
    `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Content-Length: ${length}\r\n\r\n`;
  const TWELVE_MB = 12_000_000;

  test("a slow 12 MB post naming a server action is answered at once, before its body arrives", async () => {
    const { status, sentWhenAnswered, socket } = await trickle(
      head("/", "Next-Action: x\r\nContent-Type: text/plain\r\n", TWELVE_MB),
      TWELVE_MB,
      1024,
      100,
    );
    socket.destroy();
    expect(status).toBe("HTTP/1.1 404 Not Found");
    expect(sentWhenAnswered).toBeLessThan(TWELVE_MB / 100);
  });

  test("server memory stays flat while 50 such posts trickle in", async () => {
    const before = residentBytes();
    // Each sends 2 MB in 64 KiB steps: 100 MB in all, which a server that buffered them would hold.
    const posts = await Promise.all(
      Array.from({ length: 50 }, () =>
        trickle(head("/", "Next-Action: x\r\nContent-Type: text/plain\r\n", TWELVE_MB), 2 * 1024 * 1024, 64 * 1024, 100),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const after = residentBytes();
    for (const { socket } of posts) socket.destroy();
    expect(posts.map((post) => post.status)).toEqual(Array(50).fill("HTTP/1.1 404 Not Found"));
    expect(after - before).toBeLessThan(48 * 1024 * 1024);
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
  });

  test("POSTs are answered before their body is read: 405 on pages, 413 on a form past 16 KiB", async () => {
    for (const [target, headers, expected] of [
      ["/articles/jiebei-overdue-guide", "Content-Type: application/x-www-form-urlencoded\r\n", "HTTP/1.1 405 Method Not Allowed"],
      ["/articles/jiebei-overdue-guide", "Content-Type: multipart/form-data; boundary=x\r\n", "HTTP/1.1 405 Method Not Allowed"],
      ["/zh-Hant", "Content-Type: text/plain\r\n", "HTTP/1.1 405 Method Not Allowed"],
      [
        "/takedown/report",
        "Content-Type: application/x-www-form-urlencoded\r\nOrigin: " + server.origin + "\r\n",
        "HTTP/1.1 413 Payload Too Large",
      ],
      [
        "/zh-Hant/feedback",
        "Content-Type: application/x-www-form-urlencoded\r\nOrigin: " + server.origin + "\r\n",
        "HTTP/1.1 413 Payload Too Large",
      ],
    ] as const) {
      const { status, sentWhenAnswered, socket } = await trickle(head(target, headers, TWELVE_MB), TWELVE_MB, 1024, 100);
      socket.destroy();
      expect(status, target).toBe(expected);
      expect(sentWhenAnswered, target).toBeLessThan(TWELVE_MB / 100);
    }
    const page = await fetch(`${server.origin}/articles/jiebei-overdue-guide`, {
      method: "POST",
      body: "a=1",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(page.status).toBe(405);
    expect(page.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await page.text()).toContain("这个页面不接受提交");
  });

  test("clients that send their headers or body too slowly are cut off, and others are served meanwhile", async () => {
    const slow = Array.from({ length: 20 }, (_, index) => {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => undefined);
      // Read whatever comes, so the server's close is seen.
      socket.resume();
      const closed = new Promise<number>((resolve) => {
        const opened = Date.now();
        socket.once("close", () => resolve(Date.now() - opened));
      });
      // Half stall in the headers, half in a form's body.
      socket.write(
        index % 2 === 0
          ? `GET / HTTP/1.1\r\nHost: x\r\n`
          : head("/feedback", "Content-Type: application/x-www-form-urlencoded\r\n", 10_000),
      );
      const drip = setInterval(() => socket.writable && socket.write(index % 2 === 0 ? "X-Slow: 1\r\n" : "a"), 500);
      void closed.then(() => clearInterval(drip));
      return closed;
    });
    expect((await fetch(`${server.origin}/articles/jiebei-overdue-guide`)).status).toBe(200);
    const lifetimes = await Promise.all(slow);
    // Header limit 2 s, whole request 4 s, checked every second.
    for (const lifetime of lifetimes) expect(lifetime).toBeLessThan(8_000);
  });

  test("connections past the cap are closed at once, and the server serves again when they go", async () => {
    const held = Array.from({ length: 120 }, () => {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => undefined);
      socket.write("GET / HTTP/1.1\r\nHost: x\r\n");
      return socket;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refused = await new Promise<boolean>((resolve) => {
      const extra = connect(port, "127.0.0.1");
      extra.on("error", () => resolve(true));
      extra.once("close", () => resolve(true));
      extra.once("data", () => resolve(false));
      extra.write(`GET /robots.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
    expect(refused).toBe(true);
    for (const socket of held) socket.destroy();
    await expect
      .poll(async () => (await fetch(`${server.origin}/robots.txt`).catch(() => undefined))?.status, { timeout: 10_000 })
      .toBe(200);
  });
});
