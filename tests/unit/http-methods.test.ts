import { describe, expect, it } from "vitest";
import { ALLOW_HEADER, methodDecision, rejectionHeaders } from "@/lib/http-methods";
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
