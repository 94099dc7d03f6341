import { describe, expect, it } from "vitest";
import { OFFICIAL_HOTLINE, PLACEHOLDER_PHONE, PLACEHOLDER_REPORT_EMAIL, parseSiteConfig, placeholderSettings } from "@/lib/site/config";

describe("site config", () => {
  it("defaults to visible placeholders, never a real third-party contact", () => {
    const config = parseSiteConfig({});
    expect(config.url).toBe("http://localhost:3000");
    expect(config.reportEmail).toBe(PLACEHOLDER_REPORT_EMAIL);
    expect(config.reportEmailIsPlaceholder).toBe(true);
    expect(config.urlIsPlaceholder).toBe(true);
    expect(config.contact).toEqual({
      appPath: "支付宝 App → 我的 → 客服",
      officialPhone: "95188",
      phone: PLACEHOLDER_PHONE,
      phoneIsPlaceholder: true,
    });
    expect(PLACEHOLDER_PHONE).toMatch(/^[0-]+$/);
    expect(PLACEHOLDER_REPORT_EMAIL).toMatch(/@example\.com$/);
  });

  it("names the official number the articles name, whatever the deployer sets", () => {
    expect(OFFICIAL_HOTLINE).toBe("95188");
    expect(parseSiteConfig({ SITE_CONTACT_PHONE: "010-1234-5678" }).contact.officialPhone).toBe("95188");
  });

  it("lists the settings still at their placeholders, and none once all are set", () => {
    expect(placeholderSettings(parseSiteConfig({})).map((setting) => setting.variable)).toEqual([
      "SITE_URL",
      "SITE_REPORT_EMAIL",
      "SITE_CONTACT_PHONE",
    ]);
    expect(placeholderSettings(parseSiteConfig({ SITE_REPORT_EMAIL: "editors@example.org" })).map((setting) => setting.variable)).toEqual([
      "SITE_URL",
      "SITE_CONTACT_PHONE",
    ]);
    const configured = parseSiteConfig({
      SITE_URL: "https://guide.example.org",
      SITE_REPORT_EMAIL: "editors@example.org",
      SITE_CONTACT_PHONE: "010-1234-5678",
    });
    expect(placeholderSettings(configured)).toEqual([]);
  });

  it("takes deployers' settings from the environment", () => {
    const config = parseSiteConfig({
      SITE_URL: "https://guide.example.org/",
      SITE_REPORT_EMAIL: "editors@example.org",
      SITE_CONTACT_PHONE: "95188",
    });
    expect(config.url).toBe("https://guide.example.org");
    expect(config.reportEmail).toBe("editors@example.org");
    expect(config.reportEmailIsPlaceholder).toBe(false);
    expect(config.urlIsPlaceholder).toBe(false);
    expect(config.contact).toMatchObject({ phone: "95188", phoneIsPlaceholder: false });
  });

  it("rejects invalid settings with one message naming each", () => {
    expect(() => parseSiteConfig({ SITE_URL: "ftp://x", SITE_REPORT_EMAIL: "nope", SITE_CONTACT_PHONE: "call me" })).toThrow(
      /SITE_URL 必须是 http:\/\/ 或 https:\/\/ 开头的网址[\s\S]*SITE_REPORT_EMAIL 必须是有效的电子邮件地址[\s\S]*SITE_CONTACT_PHONE 只能包含数字/,
    );
  });
});

describe("site config: reports", () => {
  it("keeps reports in data/reports.sqlite and accepts 5 reports per 10 minutes by default", () => {
    const config = parseSiteConfig({});
    expect(config.reportsDatabase).toBe("data/reports.sqlite");
    expect(config.reportRateLimit).toEqual({ count: 5, windowSeconds: 600 });
  });

  it("takes the database file and the rate limit from the environment", () => {
    const config = parseSiteConfig({ REPORTS_DB: "/var/lib/guide/reports.db", REPORTS_RATE_LIMIT: "20/60" });
    expect(config.reportsDatabase).toBe("/var/lib/guide/reports.db");
    expect(config.reportRateLimit).toEqual({ count: 20, windowSeconds: 60 });
  });

  it.each(["5", "five/600", "0/600", "5/0", "-1/600"])("refuses the rate limit %j with a message showing the format", (value) => {
    expect(() => parseSiteConfig({ REPORTS_RATE_LIMIT: value })).toThrow(/REPORTS_RATE_LIMIT 必须写成“次数\/秒数”/);
  });
});
