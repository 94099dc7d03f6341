import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isReusableBody,
  isWorthCompressing,
  PreparedBodyCache,
  preferredEncoding,
  serveReusableBody,
  type ResponseShape,
} from "@/lib/server/prerendered-responses";

const PAGE = Buffer.from(`<!DOCTYPE html><p>${"借呗逾期以后，先看清账单，再联系官方客服。".repeat(400)}</p>`);

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "gzip") return gunzipSync(body);
  return body;
}

describe("preferredEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["br, gzip", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=1, br;q=0.5", "gzip"],
    ["*", "br"],
  ])("%j → %s", (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });

  it.each([undefined, "", "identity", "deflate", "br;q=0, gzip;q=0", "zstd"])("%j → no encoding", (header) => {
    expect(preferredEncoding(header)).toBeUndefined();
  });
});

const PAGE_SHAPE: ResponseShape = {
  method: "GET",
  statusCode: 200,
  contentType: "text/html; charset=utf-8",
  contentEncoding: undefined,
  contentLength: 108_000,
  cacheControl: "s-maxage=31536000",
};

describe("isReusableBody", () => {
  it("takes any complete answer to GET", () => {
    expect(isReusableBody(PAGE_SHAPE)).toBe(true);
    expect(isReusableBody({ ...PAGE_SHAPE, contentType: "image/png", contentLength: "4000" })).toBe(true);
    expect(isReusableBody({ ...PAGE_SHAPE, contentLength: 0 })).toBe(true);
  });

  it.each<[string, Partial<ResponseShape>]>([
    ["HEAD", { method: "HEAD" }],
    ["POST", { method: "POST" }],
    ["a 304", { statusCode: 304 }],
    ["a 404", { statusCode: 404 }],
    ["an encoded body", { contentEncoding: "gzip" }],
    ["a streamed body", { contentLength: undefined }],
    ["a broken length", { contentLength: "12abc" }],
    ["a huge body", { contentLength: 5 * 1024 * 1024 }],
    [
      "a page rendered for one request (no-store: it may hold what a reader typed)",
      { cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" },
    ],
  ])("leaves %s alone", (_label, change) => {
    expect(isReusableBody({ ...PAGE_SHAPE, ...change })).toBe(false);
  });
});

describe("isWorthCompressing", () => {
  it("takes pages, stylesheets, scripts and RSC payloads", () => {
    expect(isWorthCompressing(PAGE_SHAPE)).toBe(true);
    expect(isWorthCompressing({ ...PAGE_SHAPE, contentType: "text/css; charset=utf-8", contentLength: "46000" })).toBe(true);
    expect(isWorthCompressing({ ...PAGE_SHAPE, contentType: "application/javascript; charset=UTF-8" })).toBe(true);
    expect(isWorthCompressing({ ...PAGE_SHAPE, contentType: "text/x-component" })).toBe(true);
  });

  it.each<[string, Partial<ResponseShape>]>([
    ["a tiny body", { contentLength: 500 }],
    ["an image", { contentType: "image/png" }],
    ["no type", { contentType: undefined }],
    ["no-transform", { cacheControl: "public, no-transform" }],
  ])("skips %s", (_label, change) => {
    expect(isWorthCompressing({ ...PAGE_SHAPE, ...change })).toBe(false);
  });
});

describe("PreparedBodyCache", () => {
  it.each(["br", "gzip"] as const)("compresses once per body (%s) and refines in the background", async (encoding) => {
    const cache = new PreparedBodyCache();
    const quick = cache.prepare(PAGE, encoding);
    expect(decode(quick.bytes, encoding).equals(PAGE)).toBe(true);
    expect(cache.prepare(Buffer.from(PAGE), encoding).bytes).toBe(quick.bytes);
    await cache.settled();
    const best = cache.prepare(PAGE, encoding);
    expect(best.bytes.length).toBeLessThanOrEqual(quick.bytes.length);
    expect(decode(best.bytes, encoding).equals(PAGE)).toBe(true);
    expect(best.etag).toBe(quick.etag);
  });

  it("tags each body and encoding apart, the same body alike", () => {
    const cache = new PreparedBodyCache();
    const other = Buffer.concat([PAGE, Buffer.from("<p>另一页</p>")]);
    const tags = [
      cache.prepare(PAGE, undefined),
      cache.prepare(PAGE, "br"),
      cache.prepare(PAGE, "gzip"),
      cache.prepare(other, undefined),
    ].map((p) => p.etag);
    expect(new Set(tags).size).toBe(4);
    for (const tag of tags) expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}(-br|-gzip)?"$/);
    expect(new PreparedBodyCache().prepare(Buffer.from(PAGE), undefined).etag).toBe(tags[0]);
    expect(cache.prepare(PAGE, undefined).bytes.equals(PAGE)).toBe(true);
    expect(decode(cache.prepare(other, "br").bytes, "br").equals(other)).toBe(true);
  });

  it("keeps a page handed over as text by the text itself: the same bytes and tag as its UTF-8 form", async () => {
    const cache = new PreparedBodyCache();
    const text = PAGE.toString("utf8");
    const first = cache.prepare(text, "br");
    expect(cache.prepare(text, "br").bytes).toBe(first.bytes);
    expect(cache.prepare(text, undefined).bytes.equals(PAGE)).toBe(true);
    expect(cache.prepare(text, undefined).bytes).toBe(cache.prepare(text, undefined).bytes);
    expect(cache.prepare(PAGE, "br").etag).toBe(first.etag);
    await cache.settled();
    expect(decode(cache.prepare(`${text}`, "br").bytes, "br").equals(PAGE)).toBe(true);
  });

  it("forgets the least recently used body when full", async () => {
    const cache = new PreparedBodyCache(1);
    const first = cache.prepare(PAGE, "gzip").bytes;
    cache.prepare(Buffer.concat([PAGE, PAGE]), "gzip");
    await cache.settled();
    const again = cache.prepare(PAGE, "gzip").bytes;
    expect(again).not.toBe(first);
    expect(decode(again, "gzip").equals(PAGE)).toBe(true);
  });
});

describe("serveReusableBody", () => {
  let server: Server;
  let port: number;
  const cache = new PreparedBodyCache();

  beforeAll(async () => {
    server = createServer((request, response) => {
      serveReusableBody(request, response, cache);
      const url = request.url ?? "/";
      response.setHeader("Vary", "RSC");
      if (url === "/missing") {
        response.statusCode = 404;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.setHeader("Content-Length", PAGE.length);
        response.end(PAGE);
        return;
      }
      response.setHeader("Content-Type", url === "/image" ? "image/png" : "text/html; charset=utf-8");
      if (url === "/tagged") response.setHeader("ETag", 'W/"given"');
      if (url === "/streamed") {
        response.write(PAGE.subarray(0, 1000));
        response.end(PAGE.subarray(1000));
        return;
      }
      response.setHeader("Content-Length", PAGE.length);
      if (url === "/chunks") {
        response.write(PAGE.subarray(0, 5), () => undefined);
        response.write(PAGE.subarray(5).toString("latin1"), "latin1");
        response.end();
        return;
      }
      response.end(request.method === "HEAD" ? undefined : PAGE.toString());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function fetchRaw(path: string, headers: Record<string, string>, method = "GET") {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const call = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      call.on("error", reject);
      call.end();
    });
  }

  it.each([
    ["/", "gzip, deflate, br", "br"],
    ["/", "gzip", "gzip"],
    ["/chunks", "br", "br"],
  ])("sends %s compressed for Accept-Encoding %j", async (path, accept, encoding) => {
    const response = await fetchRaw(path, { "Accept-Encoding": accept });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe(encoding);
    expect(response.headers.vary).toBe("RSC, Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(decode(response.body, encoding).equals(PAGE)).toBe(true);
  });

  it("serves the same compressed bytes to the next request", async () => {
    const first = await fetchRaw("/", { "Accept-Encoding": "br" });
    await cache.settled();
    const second = await fetchRaw("/", { "Accept-Encoding": "br" });
    expect(second.body.length).toBeLessThanOrEqual(first.body.length);
    expect(decode(second.body, "br").equals(PAGE)).toBe(true);
  });

  it.each<[string, Record<string, string>, string]>([
    ["/", {}, "GET"],
    ["/", { "Accept-Encoding": "identity" }, "GET"],
    ["/streamed", { "Accept-Encoding": "br" }, "GET"],
    ["/missing", { "Accept-Encoding": "br" }, "GET"],
  ])("passes %s through untouched (%j)", async (path, headers, method) => {
    const response = await fetchRaw(path, headers, method);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.equals(PAGE)).toBe(true);
  });

  it("tags a page and answers 304 to a request that names the tag", async () => {
    const first = await fetchRaw("/", { "Accept-Encoding": "br" });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}-br"$/);
    const again = await fetchRaw("/", { "Accept-Encoding": "br", "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers["content-encoding"]).toBeUndefined();
    const plain = await fetchRaw("/", { "If-None-Match": etag });
    expect(plain.status).toBe(200);
    expect(plain.body.equals(PAGE)).toBe(true);
    expect(plain.headers.etag).not.toBe(etag);
    expect((await fetchRaw("/", { "If-None-Match": String(plain.headers.etag) })).status).toBe(304);
    expect((await fetchRaw("/", { "If-None-Match": etag, "Accept-Encoding": "br", "Cache-Control": "no-cache" })).status).toBe(200);
  });

  it("keeps a tag the response already has, and does not compress images", async () => {
    const tagged = await fetchRaw("/tagged", { "Accept-Encoding": "br" });
    expect(tagged.headers.etag).toBe('W/"given"');
    expect(tagged.headers["content-encoding"]).toBe("br");
    const image = await fetchRaw("/image", { "Accept-Encoding": "br" });
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.headers.vary).toBe("RSC");
    expect(image.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(image.body.equals(PAGE)).toBe(true);
  });

  it("answers HEAD with the plain headers", async () => {
    const response = await fetchRaw("/", { "Accept-Encoding": "br" }, "HEAD");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(Number(response.headers["content-length"])).toBe(PAGE.length);
  });
});
