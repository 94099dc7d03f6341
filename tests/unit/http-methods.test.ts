import { describe, expect, it } from "vitest";
import { ALLOW_HEADER, hasUndecodablePath, hasUnreadableRouterState, methodDecision, rejectionHeaders } from "@/lib/http-methods";
import { CONTENT_SECURITY_POLICY } from "@/lib/security-headers";

describe("methodDecision", () => {
  it("passes GET, HEAD and POST to the site", () => {
    for (const method of ["GET", "HEAD", "POST"]) expect(methodDecision(method)).toBe("serve");
  });

  it("answers OPTIONS itself", () => {
    expect(methodDecision("OPTIONS")).toBe("options");
  });

  it("refuses every other method, including TRACE and lower-case spellings", () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "get", "", undefined]) expect(methodDecision(method)).toBe("not-allowed");
  });
});

describe("rejectionHeaders", () => {
  it("carries Allow and the security headers", () => {
    const headers = rejectionHeaders(12);
    expect(ALLOW_HEADER).toBe("GET, HEAD, POST, OPTIONS");
    expect(headers).toMatchObject({
      Allow: ALLOW_HEADER,
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Content-Length": "12",
      "Cache-Control": "no-store",
    });
  });
});

describe("hasUndecodablePath", () => {
  it.each(["/articles/%", "/articles/%ZZ", "/articles/%E5", "/articles/a%2", "/page/%C0%AF%", "/%?q=1"])("%s cannot be decoded", (target) => {
    expect(hasUndecodablePath(target)).toBe(true);
  });
  it.each(["/", "/articles/overdue-consequences", "/articles/%E5%80%9F", "/search?q=%", "/search?q=%ZZ", "/zh-Hant/articles/a%2Fb", undefined])("%s is fine", (target) => {
    expect(hasUndecodablePath(target)).toBe(false);
  });
});

describe("hasUnreadableRouterState", () => {
  it("keeps a missing header and a router state Next can read", () => {
    expect(hasUnreadableRouterState(undefined)).toBe(false);
    expect(hasUnreadableRouterState(encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])))).toBe(false);
  });

  it("drops what Next cannot read: not JSON, not a router state, sent twice, far too long", () => {
    for (const value of ["not-json", "%", "{}", "[]", '["", {}, "not-a-url-pair"]', JSON.stringify(["", { children: "x" }]), ["[\"\",{}]", "[\"\",{}]"], `["${"a".repeat(50_000)}",{}]`]) {
      expect(hasUnreadableRouterState(value), String(value).slice(0, 40)).toBe(true);
    }
  });
});
