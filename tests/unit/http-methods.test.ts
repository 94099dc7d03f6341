import { describe, expect, it } from "vitest";
import { ALLOW_HEADER, hasUndecodablePath, methodDecision, rejectionHeaders } from "@/lib/server/http-methods";
import { CONTENT_SECURITY_POLICY } from "@/lib/server/security-headers";

describe("methodDecision", () => {
  it("passes GET, HEAD and POST to the site", () => {
    for (const method of ["GET", "HEAD", "POST"]) expect(methodDecision(method)).toBe("serve");
  });

  it("answers OPTIONS itself", () => {
    expect(methodDecision("OPTIONS")).toBe("options");
  });

  it("refuses every other method, including TRACE and lower-case spellings", () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "get", "", undefined])
      expect(methodDecision(method)).toBe("not-allowed");
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
  it.each(["/articles/%", "/articles/%ZZ", "/articles/%E5", "/articles/a%2", "/page/%C0%AF%", "/%?q=1"])(
    "%s cannot be decoded",
    (target) => {
      expect(hasUndecodablePath(target)).toBe(true);
    },
  );
  it.each([
    "/",
    "/articles/overdue-consequences",
    "/articles/%E5%80%9F",
    "/search?q=%",
    "/search?q=%ZZ",
    "/zh-Hant/articles/a%2Fb",
    undefined,
  ])("%s is fine", (target) => {
    expect(hasUndecodablePath(target)).toBe(false);
  });
});
