import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySharedCachePolicy, SHARED_PAGE_CACHE_CONTROL, sharedCacheControl } from "@/lib/server/cache-policy";

describe("the shared cache policy", () => {
  it("keeps a page Next marks for a year for minutes, with time to serve it stale", () => {
    expect(sharedCacheControl("s-maxage=31536000")).toBe(SHARED_PAGE_CACHE_CONTROL);
    expect(sharedCacheControl("s-maxage=31536000, stale-while-revalidate=31535700")).toBe(SHARED_PAGE_CACHE_CONTROL);
    expect(SHARED_PAGE_CACHE_CONTROL).toMatch(/\bs-maxage=300\b/);
    expect(SHARED_PAGE_CACHE_CONTROL).toMatch(/\bstale-while-revalidate=\d+/);
    expect(SHARED_PAGE_CACHE_CONTROL).toMatch(/\bmax-age=0\b/);
  });

  it("leaves alone what is private, not to be stored, or without s-maxage", () => {
    for (const value of [
      "private, no-cache, no-store, max-age=0, must-revalidate",
      "no-store",
      "public, max-age=31536000, immutable",
      "public, max-age=3600",
      "private, s-maxage=60",
      undefined,
    ]) {
      expect(sharedCacheControl(value)).toBe(value);
    }
  });

  describe("applied to a response", () => {
    let server: Server;
    let origin: string;
    beforeAll(async () => {
      server = createServer((request, response) => {
        applySharedCachePolicy(response);
        if (request.url === "/set") {
          response.setHeader("Cache-Control", "s-maxage=31536000");
          response.end("page");
        } else if (request.url === "/head") response.writeHead(200, { "cache-control": "s-maxage=31536000" }).end("page");
        else response.writeHead(200, { "Cache-Control": "private, no-store" }).end("answer");
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("rewrites the header however it was set, and only where it should", async () => {
      for (const [path, expected] of [
        ["/set", SHARED_PAGE_CACHE_CONTROL],
        ["/head", SHARED_PAGE_CACHE_CONTROL],
        ["/search", "private, no-store"],
      ] as const) {
        const response = await fetch(`${origin}${path}`);
        expect(response.headers.get("cache-control"), path).toBe(expected);
        await response.arrayBuffer();
      }
    });
  });
});
