import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { allRoutes, publishedArticles } from "./site-content";

/**
 * The production server compresses each prerendered body once and tags it with an ETag of
 * its content (lib/server/prerendered-responses.ts). These requests go out on node:http, which,
 * unlike fetch, shows the bytes and headers exactly as sent.
 */
const port = Number(process.env.E2E_PORT);

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const call = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    call.on("error", reject);
    call.end();
  });
}

function decoded(response: RawResponse): string {
  const encoding = response.headers["content-encoding"];
  const bytes = encoding === "br" ? brotliDecompressSync(response.body) : encoding === "gzip" ? gunzipSync(response.body) : response.body;
  return bytes.toString("utf8");
}

const BROWSER = { "Accept-Encoding": "gzip, deflate, br, zstd" };

test("every page is sent with Brotli to a browser, with gzip to gzip-only clients, and plain to the rest", async () => {
  for (const route of await allRoutes()) {
    const plain = await get(route);
    expect(plain.headers["content-encoding"], route).toBeUndefined();
    const brotli = await get(route, BROWSER);
    const gzip = await get(route, { "Accept-Encoding": "gzip" });
    expect(brotli.status, route).toBe(plain.status);
    expect(brotli.headers["content-encoding"], route).toBe("br");
    expect(gzip.headers["content-encoding"], route).toBe("gzip");
    expect(String(brotli.headers.vary), route).toContain("Accept-Encoding");
    // Prerendered pages are sent whole; the 404 page and per-request pages stream through the compressor.
    if (brotli.headers["content-length"] !== undefined) expect(Number(brotli.headers["content-length"]), route).toBe(brotli.body.length);
    expect(brotli.body.length, route).toBeLessThan(plain.body.length / 3);
    expect(decoded(brotli), route).toBe(plain.body.toString("utf8"));
    expect(decoded(gzip), route).toBe(plain.body.toString("utf8"));
    expect(brotli.headers["content-security-policy"], route).toBe(plain.headers["content-security-policy"]);
  }
});

test("a page answers 304 to a request naming its ETag, and 200 with the same bytes otherwise", async () => {
  const articlePath = `/articles/${(await publishedArticles())[0]!.slug}`;
  const first = await get(articlePath, BROWSER);
  const etag = String(first.headers.etag);
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}-br"$/);
  const notModified = await get(articlePath, { ...BROWSER, "If-None-Match": etag });
  expect(notModified.status).toBe(304);
  expect(notModified.body.length).toBe(0);
  expect(notModified.headers.etag).toBe(etag);
  expect(notModified.headers["content-security-policy"]).toBeTruthy();
  const changed = await get(articlePath, { ...BROWSER, "If-None-Match": '"something-else"' });
  expect(changed.status).toBe(200);
  expect(decoded(changed)).toBe(decoded(first));
});

test("stylesheets and scripts are compressed, images are not", async () => {
  const home = decoded(await get("/", BROWSER));
  const assets = [...home.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(?:css|js))"/g)].map((match) => match[1]!);
  expect(assets.some((asset) => asset.endsWith(".css"))).toBe(true);
  expect(assets.some((asset) => asset.endsWith(".js"))).toBe(true);
  for (const asset of assets) {
    const plain = await get(asset);
    const brotli = await get(asset, BROWSER);
    if (plain.body.length < 1024) continue;
    expect(brotli.headers["content-encoding"], asset).toBe("br");
    expect(decoded(brotli), asset).toBe(plain.body.toString("utf8"));
  }
  const articlePath = `/articles/${(await publishedArticles())[0]!.slug}`;
  const image = await get(`${articlePath}/opengraph-image`, BROWSER);
  expect(image.status).toBe(200);
  expect(image.headers["content-encoding"]).toBeUndefined();
});

test("HEAD, a 404 and a feed are answered correctly", async () => {
  const head = await get("/", BROWSER, "HEAD");
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
  const missing = await get("/articles/no-such-article", BROWSER);
  expect(missing.status).toBe(404);
  expect(decoded(missing)).toContain("</html>");
  const feed = await get("/feed.xml", BROWSER);
  expect(feed.status).toBe(200);
  expect(decoded(feed)).toContain("<rss");
});
