import { afterEach, describe, expect, it, vi } from "vitest";
import { HSTS_MAX_AGE_SECONDS, SECURITY_HEADERS, siteSecurityHeaders, strictTransportSecurity } from "@/lib/server/security-headers";
import { parseSiteConfig } from "@/lib/site/config";

describe("HTTPS pinned (Strict-Transport-Security)", () => {
  it("is sent for a year whenever the site is https, never for http", () => {
    expect(HSTS_MAX_AGE_SECONDS).toBe(365 * 24 * 60 * 60);
    expect(strictTransportSecurity(parseSiteConfig({ SITE_URL: "https://guide.example.org" }))).toEqual([
      { key: "Strict-Transport-Security", value: "max-age=31536000" },
    ]);
    expect(strictTransportSecurity(parseSiteConfig({}))).toEqual([]);
    expect(strictTransportSecurity(parseSiteConfig({ SITE_URL: "http://guide.example.org" }))).toEqual([]);
  });

  it("covers subdomains only when the deployer says so", () => {
    for (const yes of ["1", "true", "TRUE"]) {
      expect(
        strictTransportSecurity(parseSiteConfig({ SITE_URL: "https://guide.example.org", HSTS_INCLUDE_SUBDOMAINS: yes }))[0]?.value,
      ).toBe("max-age=31536000; includeSubDomains");
    }
    for (const no of ["0", "false", "", " "]) {
      expect(parseSiteConfig({ HSTS_INCLUDE_SUBDOMAINS: no }).hstsIncludeSubdomains).toBe(false);
    }
    expect(() => parseSiteConfig({ HSTS_INCLUDE_SUBDOMAINS: "yes please" })).toThrow(/HSTS_INCLUDE_SUBDOMAINS 只能是 1、true、0 或 false/);
  });

  describe("through next.config.ts, on every route", () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });
    const headersOfEveryRoute = async () => {
      vi.resetModules();
      const { default: config } = await import("../../next.config");
      const rules = (await config.headers?.()) ?? [];
      return rules.find((rule) => rule.source === "/:path*")?.headers ?? [];
    };

    it("is among the headers of every answer when SITE_URL is https", async () => {
      vi.stubEnv("SITE_URL", "https://guide.example.org");
      expect(await headersOfEveryRoute()).toContainEqual({ key: "Strict-Transport-Security", value: "max-age=31536000" });
    });

    it("is absent when SITE_URL is http", async () => {
      vi.stubEnv("SITE_URL", "http://guide.example.org");
      expect((await headersOfEveryRoute()).map((header) => header.key)).not.toContain("Strict-Transport-Security");
    });
  });

  it("joins the fixed security headers on every answer of an https site", () => {
    const headers = siteSecurityHeaders(parseSiteConfig({ SITE_URL: "https://guide.example.org" }));
    expect(headers.slice(0, SECURITY_HEADERS.length)).toEqual(SECURITY_HEADERS);
    expect(headers.at(-1)?.key).toBe("Strict-Transport-Security");
    expect(siteSecurityHeaders(parseSiteConfig({}))).toEqual(SECURITY_HEADERS);
  });
});

describe("the site-wide ceiling on accepted reports and feedback", () => {
  it("defaults to 300 an hour and takes the deployer's number", () => {
    expect(parseSiteConfig({}).formsPerHour).toBe(300);
    expect(parseSiteConfig({ SITE_FORMS_PER_HOUR: "50" }).formsPerHour).toBe(50);
    for (const bad of ["0", "lots", "1.5", "-3"])
      expect(() => parseSiteConfig({ SITE_FORMS_PER_HOUR: bad }), bad).toThrow(/SITE_FORMS_PER_HOUR 必须是 1 到 100000 之间的整数/);
  });
});
