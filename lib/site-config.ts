import { z } from "zod";

/** The placeholder phone number shown until a deployer configures a real one. */
export const PLACEHOLDER_PHONE = "000-0000-0000";

const RATE_LIMIT_FORMAT = "REPORTS_RATE_LIMIT 必须写成“次数/秒数”（都大于 0），例如 5/600";

/**
 * Everything a deployer may change, validated once at start-up. Defaults are safe to
 * publish: the phone number and e-mail are visibly placeholders, never a third party's.
 */
export const SiteConfigSchema = z.object({
  /** Site name in the header, titles and footer. */
  name: z.string().trim().min(1),
  /** Public origin of the site, for absolute links; `SITE_URL`, default http://localhost:3000. */
  url: z.url({ protocol: /^https?$/, error: "SITE_URL 必须是 http:// 或 https:// 开头的网址" }),
  /** Where takedown requests and error reports go; `SITE_REPORT_EMAIL`. */
  reportEmail: z.email({ error: "SITE_REPORT_EMAIL 必须是有效的电子邮件地址" }),
  /** The SQLite file that keeps reports and feedback; `REPORTS_DB`, default data/reports.sqlite. */
  reportsDatabase: z.string().trim().min(1),
  /** Reports accepted per client address in a window; `REPORTS_RATE_LIMIT` as count/seconds, default 5/600. */
  reportRateLimit: z.object(
    { count: z.int().min(1, { error: RATE_LIMIT_FORMAT }), windowSeconds: z.int().min(1, { error: RATE_LIMIT_FORMAT }) },
    { error: RATE_LIMIT_FORMAT },
  ),
  /** The customer-service contact block on every article. */
  contact: z.object({
    /** The in-app route to a human agent, as readers see it. */
    appPath: z.string().min(1),
    /** Phone number shown in the block; `SITE_CONTACT_PHONE`. */
    phone: z.string().regex(/^[0-9+][0-9 -]{2,19}$/, {
      error: "SITE_CONTACT_PHONE 只能包含数字、空格、加号和连字符（3–20 位）",
    }),
    /** True while the phone number is the built-in placeholder, which the block marks as such. */
    phoneIsPlaceholder: z.boolean(),
  }),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** Environment variables: SITE_URL, SITE_REPORT_EMAIL, SITE_CONTACT_PHONE, REPORTS_DB and REPORTS_RATE_LIMIT are read. */
type SiteEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * Builds the site config from defaults and environment variables; throws one readable
 * error listing every invalid setting.
 */
export function parseSiteConfig(env: SiteEnvironment): SiteConfig {
  const phone = env.SITE_CONTACT_PHONE?.trim() || undefined;
  const rateLimit = (env.REPORTS_RATE_LIMIT?.trim() || "5/600").match(/^(\d+)\/(\d+)$/);
  const result = SiteConfigSchema.safeParse({
    name: "借呗逾期指南",
    url: (env.SITE_URL?.trim() || "http://localhost:3000").replace(/\/+$/, ""),
    reportEmail: env.SITE_REPORT_EMAIL?.trim() || "report@example.com",
    reportsDatabase: env.REPORTS_DB?.trim() || "data/reports.sqlite",
    reportRateLimit: rateLimit ? { count: Number(rateLimit[1]), windowSeconds: Number(rateLimit[2]) } : undefined,
    contact: {
      appPath: "支付宝 App → 我的 → 客服",
      phone: phone ?? PLACEHOLDER_PHONE,
      phoneIsPlaceholder: phone === undefined,
    },
  });
  if (result.success) return result.data;
  throw new Error(`站点配置有误：\n${z.prettifyError(result.error)}`);
}

export const siteConfig: SiteConfig = parseSiteConfig(process.env);
