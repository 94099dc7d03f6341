import { describe, expect, it } from "vitest";
import { gateRequest, MAX_FORM_BYTES } from "@/lib/server/request-gate";
import { parseServerLimits } from "@/lib/server/limits";

describe("the request gate in front of Next", () => {
  it("serves reads, and posts to the two form routes in either script", () => {
    for (const [method, target] of [
      ["GET", "/"],
      ["HEAD", "/articles/jiebei-overdue-guide"],
      ["POST", "/takedown/report"],
      ["POST", "/feedback?x=1"],
      ["POST", "/zh-Hant/takedown/report"],
      ["POST", "/zh-Hant/feedback"],
    ] as const) {
      expect(gateRequest(method, target, { "content-length": "300" }), `${method} ${target}`).toEqual({ kind: "serve" });
    }
  });

  it("answers a POST anywhere else with 405 and the methods a page takes, closing the connection", () => {
    for (const target of [
      "/",
      "/articles/jiebei-overdue-guide",
      "/takedown",
      "/search?q=x",
      "/zh-Hant/takedown",
      "/feedback/thanks",
      "/takedown/report/x",
    ]) {
      expect(gateRequest("POST", target, {}), target).toMatchObject({
        kind: "answer",
        status: 405,
        allow: "GET, HEAD, OPTIONS",
        close: true,
      });
    }
  });

  it("answers any request naming a server action with 404, whatever its method or path", () => {
    for (const method of ["GET", "POST"]) {
      expect(gateRequest(method, "/takedown/report", { "next-action": "x" })).toEqual({
        kind: "answer",
        status: 404,
        body: "没有这个操作。\n",
        close: true,
      });
    }
  });

  it("refuses a form post that declares more than the form limit, before reading it", () => {
    expect(gateRequest("POST", "/feedback", { "content-length": String(MAX_FORM_BYTES) })).toEqual({ kind: "serve" });
    expect(gateRequest("POST", "/feedback", { "content-length": String(MAX_FORM_BYTES + 1) })).toMatchObject({
      kind: "answer",
      status: 413,
      close: true,
    });
    expect(gateRequest("POST", "/takedown/report", { "content-length": "12000000" })).toMatchObject({ kind: "answer", status: 413 });
  });

  it("keeps the method rules: OPTIONS 204, other methods 405", () => {
    expect(gateRequest("OPTIONS", "/", {})).toEqual({ kind: "answer", status: 204, body: "", close: false });
    for (const method of ["PUT", "DELETE", "TRACE", "PATCH", undefined])
      expect(gateRequest(method, "/", {})).toMatchObject({ status: 405, close: true });
  });
});

describe("the server's time limits and connection cap", () => {
  it("default to 10 s for headers, 30 s for a request and 1,024 connections", () => {
    expect(parseServerLimits({})).toEqual({ headersTimeoutSeconds: 10, requestTimeoutSeconds: 30, maxConnections: 1024 });
    expect(parseServerLimits({ SERVER_HEADERS_TIMEOUT: " ", SERVER_MAX_CONNECTIONS: "" })).toEqual(parseServerLimits({}));
  });

  it("take the deployer's values", () => {
    expect(parseServerLimits({ SERVER_HEADERS_TIMEOUT: "5", SERVER_REQUEST_TIMEOUT: "20", SERVER_MAX_CONNECTIONS: "4096" })).toEqual({
      headersTimeoutSeconds: 5,
      requestTimeoutSeconds: 20,
      maxConnections: 4096,
    });
  });

  it("refuse values that are not whole numbers in range, naming each", () => {
    expect(() => parseServerLimits({ SERVER_HEADERS_TIMEOUT: "0", SERVER_MAX_CONNECTIONS: "many" })).toThrow(
      /SERVER_HEADERS_TIMEOUT 必须是 1 到 300 之间的整数（秒）[\s\S]*SERVER_MAX_CONNECTIONS 必须是 1 到 1000000 之间的整数/,
    );
    expect(() => parseServerLimits({ SERVER_REQUEST_TIMEOUT: "2.5" })).toThrow(/SERVER_REQUEST_TIMEOUT 必须是 1 到 3600 之间的整数/);
    expect(() => parseServerLimits({ SERVER_HEADERS_TIMEOUT: "20", SERVER_REQUEST_TIMEOUT: "10" })).toThrow(
      /SERVER_REQUEST_TIMEOUT 不能比 SERVER_HEADERS_TIMEOUT 短/,
    );
  });
});
