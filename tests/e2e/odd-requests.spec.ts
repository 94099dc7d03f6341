import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { sitePages } from "../../lib/site/pages";
import { publishedArticles } from "./site-content";

/**
 * A few hundred well-formed but odd HTTP requests, sent on raw sockets so that any method and
 * any request target reach the server as written (fetch would refuse TRACE and CONNECT and
 * normalise paths). Every answer must be 2xx, 3xx, 404 or 405, and the server must keep
 * serving afterwards.
 */
const port = Number(process.env.E2E_PORT);

const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW", "M-SEARCH"];

/** Odd paths, and every page of the site (from the one list the sitemap is made of). */
const PATHS = [
  ...sitePages(await publishedArticles()).map((page) => page.path),
  "/",
  "/articles/jiebei-overdue-guide",
  "/articles/jiebei-overdue-guide/",
  "/articles/guide",
  "/articles/",
  "/articles",
  "/articles/%",
  "/articles/%ZZ",
  "/articles/%E5",
  "/articles/%C0%AF",
  "/articles/%00",
  "/articles/..%2f..%2fetc%2fpasswd",
  "/articles/../../etc/passwd",
  "/../../../etc/passwd",
  "//",
  "//articles//jiebei-overdue-guide",
  "/%2e%2e/%2e%2e/package.json",
  "/page/0",
  "/page/-1",
  "/page/2",
  "/page/1.5",
  "/page/99999999999999999999999",
  "/feed.xml",
  "/atom.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/icon.svg",
  "/takedown",
  "/takedown/",
  "/articles/jiebei-overdue-guide/opengraph-image",
  "/articles/no-such-article/opengraph-image",
  "/articles/jiebei-overdue-guide/twitter-image",
  "/_next/static/chunks/no-such-chunk.js",
  "/_next/static/../../package.json",
  "/_next/image?url=http://example.com/a.png&w=64&q=75",
  "/_next/data/x/index.json",
  "/.env",
  "/.git/config",
  `/articles/${"a".repeat(3000)}`,
  `/${encodeURIComponent("借呗逾期")}`,
];

const QUERIES = ["", "?", "?a=1&a=2", "?__proto__[polluted]=1", "?q=%", "?q=%ZZ%E5", `?q=${"x".repeat(3000)}`, "?_rsc=1", "?page=-1"];

/** Headers Next reads for client navigation and server actions, filled with nonsense. */
const HEADER_SETS = [
  "",
  "RSC: 1\r\n",
  "RSC: 1\r\nNext-Router-State-Tree: not-json\r\n",
  "Next-Router-Prefetch: 1\r\nRSC: 1\r\n",
  "Next-Action: 0123456789abcdef0123456789abcdef01234567\r\nContent-Type: text/plain;charset=UTF-8\r\n",
  "Accept: */*;q=nonsense\r\nAccept-Encoding: br;q=2, gzip;q=-1\r\nAccept-Language: ∞\r\n",
  'If-None-Match: "x"\r\nIf-Modified-Since: yesterday\r\nRange: bytes=99999999-\r\n',
];

interface OddRequest {
  method: string;
  target: string;
  headers: string;
}

const requests: OddRequest[] = [
  ...METHODS.flatMap((method) => PATHS.map((target) => ({ method, target, headers: "" }))),
  ...QUERIES.flatMap((query) =>
    ["/", "/articles/jiebei-overdue-guide", "/page/2", "/feed.xml"].map((path) => ({ method: "GET", target: path + query, headers: "" })),
  ),
  ...HEADER_SETS.flatMap((headers) =>
    ["GET", "POST"].flatMap((method) =>
      ["/", "/articles/jiebei-overdue-guide", "/takedown", "/no/such/page", "/zh-Hant/no/such/page"].map((target) => ({
        method,
        target,
        headers,
      })),
    ),
  ),
  { method: "CONNECT", target: "example.com:443", headers: "" },
  { method: "CONNECT", target: `127.0.0.1:${port}`, headers: "" },
];

/**
 * Sends one request on its own connection (`Connection: close`) and returns the whole answer
 * as the server wrote it.
 */
function send({ method, target, headers }: OddRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 20 s to ${method} ${target.slice(0, 80)}`));
    }, 20_000);
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      if (/^HTTP\/1\.[01] \d{3}/.test(received)) resolve(received);
      else reject(new Error(`connection closed without an answer to ${method} ${target.slice(0, 80)}`));
    });
    const body = method === "POST" || method === "PUT" || method === "PATCH" ? "x=1" : "";
    socket.write(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${headers}` +
        (body ? `Content-Length: ${body.length}\r\n` : "") +
        `\r\n${body}`,
    );
  });
}

function statusOf(answer: string): number {
  return Number(answer.slice(9, 12));
}

test("odd methods, paths, queries and headers never get a 500, and the server keeps serving", async () => {
  test.setTimeout(300_000);
  expect(requests.length).toBeGreaterThan(300);
  const answers: string[] = [];
  const queue = [...requests];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let request = queue.shift(); request; request = queue.shift()) {
        const status = statusOf(await send(request));
        const allowed = (status >= 200 && status < 400) || status === 404 || status === 405;
        if (!allowed)
          answers.push(`${status} ← ${request.method} ${request.target.slice(0, 80)} ${request.headers.replace(/\r\n/g, " | ")}`);
      }
    }),
  );
  expect(answers).toEqual([]);

  const home = await fetch(`http://127.0.0.1:${port}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain("借呗逾期指南");
});

test("methods the site does not serve get 405 with Allow and the security headers; OPTIONS gets 204", async () => {
  for (const method of ["PUT", "DELETE", "TRACE"]) {
    const answer = await send({ method, target: "/articles/jiebei-overdue-guide", headers: "" });
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toMatch(/\r\nAllow: GET, HEAD, POST, OPTIONS\r\n/);
    expect(answer).toMatch(/\r\nContent-Security-Policy: default-src 'self'/);
    expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
  }
  const options = await fetch(`http://127.0.0.1:${port}/`, { method: "OPTIONS" });
  expect(options.status).toBe(204);
  expect(options.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
});
