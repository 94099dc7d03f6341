import { z } from "zod";

/** The placeholder phone number shown until a deployer configures a real one. */
export const PLACEHOLDER_PHONE = "000-0000-0000";
/** The placeholder report address: example.com is reserved for examples and reaches nobody. */
export const PLACEHOLDER_REPORT_EMAIL = "report@example.com";
/** The site's address until a deployer sets SITE_URL. */
const DEFAULT_SITE_URL = "http://localhost:3000";
/**
 * The customer-service number 支付宝 publishes (../shared/content-facts.md: "the 支付宝 app and
 * the hotline 95188"). The articles name it, always with "confirm it in the app"; the contact
 * block must say the same, so it is fixed here rather than a setting.
 */
export const OFFICIAL_HOTLINE = "95188";

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
  /** True while the report address is the built-in placeholder: pages then mark it and do not link it. */
  reportEmailIsPlaceholder: z.boolean(),
  /** True while `url` is the default, a local address no reader can open. */
  urlIsPlaceholder: z.boolean(),
  /** Whether HSTS (sent when `url` is https) covers subdomains too; `HSTS_INCLUDE_SUBDOMAINS` (1/true or 0/false), default no. */
  hstsIncludeSubdomains: z.boolean({ error: "HSTS_INCLUDE_SUBDOMAINS 只能是 1、true、0 或 false" }),
  /** The SQLite file that keeps reports and feedback; `REPORTS_DB`, default data/reports.sqlite. */
  reportsDatabase: z.string().trim().min(1),
  /**
   * Where the rate limits' counts and refused forms' drafts live, seen by every app process of
   * the host (lib/reports/shared-state.ts); `SHARED_STATE_DB`, default ":memory:" (this process
   * only). Two processes need one file, best on a RAM-backed folder (/run/…).
   */
  sharedStateDatabase: z.string().trim().min(1),
  /** Reports and feedback answers accepted from everyone together per hour; `SITE_FORMS_PER_HOUR`, default 300. */
  formsPerHour: z
    .int({ error: "SITE_FORMS_PER_HOUR 必须是 1 到 100000 之间的整数" })
    .min(1, { error: "SITE_FORMS_PER_HOUR 必须是 1 到 100000 之间的整数" })
    .max(100_000, { error: "SITE_FORMS_PER_HOUR 必须是 1 到 100000 之间的整数" }),
  /** Reports accepted per client address in a window; `REPORTS_RATE_LIMIT` as count/seconds, default 5/600. */
  reportRateLimit: z.object(
    { count: z.int().min(1, { error: RATE_LIMIT_FORMAT }), windowSeconds: z.int().min(1, { error: RATE_LIMIT_FORMAT }) },
    { error: RATE_LIMIT_FORMAT },
  ),
  /**
   * The contact block on every article: the lender's official channels first (the in-app route
   * and the number 支付宝 publishes), then this site's own line, which the deployer sets.
   */
  contact: z.object({
    /** The in-app route to a human agent, as readers see it. */
    appPath: z.string().min(1),
    /** The customer-service number 支付宝 publishes, to be confirmed in the app. */
    officialPhone: z.literal(OFFICIAL_HOTLINE),
    /** This site's own phone line (questions about the site, never loans); `SITE_CONTACT_PHONE`. */
    phone: z.string().regex(/^[0-9+][0-9 -]{2,19}$/, {
      error: "SITE_CONTACT_PHONE 只能包含数字、空格、加号和连字符（3–20 位）",
    }),
    /** True while the site's line is the built-in placeholder, which the block marks as such. */
    phoneIsPlaceholder: z.boolean(),
  }),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** Environment variables: SITE_URL, SITE_REPORT_EMAIL, SITE_CONTACT_PHONE, REPORTS_DB, SHARED_STATE_DB, REPORTS_RATE_LIMIT, SITE_FORMS_PER_HOUR and HSTS_INCLUDE_SUBDOMAINS are read. */
type SiteEnvironment = Readonly<Record<string, string | undefined>>;

/** A yes/no setting: 1/true or 0/false (any case), unset meaning no; anything else is left for the schema to refuse. */
function booleanSetting(value: string | undefined): boolean | string {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "" || text === "0" || text === "false") return false;
  if (text === "1" || text === "true") return true;
  return text;
}

/**
 * Builds the site config from defaults and environment variables; throws one readable
 * error listing every invalid setting.
 */
export function parseSiteConfig(env: SiteEnvironment): SiteConfig {
  const phone = env.SITE_CONTACT_PHONE?.trim() || undefined;
  const reportEmail = env.SITE_REPORT_EMAIL?.trim() || undefined;
  const url = env.SITE_URL?.trim() || undefined;
  const rateLimit = (env.REPORTS_RATE_LIMIT?.trim() || "5/600").match(/^(\d+)\/(\d+)$/);
  const result = SiteConfigSchema.safeParse({
    name: "借呗逾期指南",
    url: (url ?? DEFAULT_SITE_URL).replace(/\/+$/, ""),
    urlIsPlaceholder: url === undefined,
    hstsIncludeSubdomains: booleanSetting(env.HSTS_INCLUDE_SUBDOMAINS),
    reportEmail: reportEmail ?? PLACEHOLDER_REPORT_EMAIL,
    reportEmailIsPlaceholder: reportEmail === undefined,
    reportsDatabase: env.REPORTS_DB?.trim() || "data/reports.sqlite",
    sharedStateDatabase: env.SHARED_STATE_DB?.trim() || ":memory:",
    reportRateLimit: rateLimit ? { count: Number(rateLimit[1]), windowSeconds: Number(rateLimit[2]) } : undefined,
    formsPerHour: Number(env.SITE_FORMS_PER_HOUR?.trim() || "300"),
    contact: {
      appPath: "支付宝 App → 我的 → 客服",
      officialPhone: OFFICIAL_HOTLINE,
      phone: phone ?? PLACEHOLDER_PHONE,
      phoneIsPlaceholder: phone === undefined,
    },
  });
  if (result.success) return result.data;
  throw new Error(`站点配置有误：\n${z.prettifyError(result.error)}`);
}

/** A setting still at its placeholder default, as the build names it. */
export interface PlaceholderSetting {
  variable: string;
  value: string;
  /** What readers see while it stays a placeholder. */
  effect: string;
}

/**
 * The settings a deployer has not set yet. The site builds and works with them (each is
 * marked 示例/占位 where readers see it), but a real deployment should set every one.
 */
export function placeholderSettings(config: SiteConfig): PlaceholderSetting[] {
  return [
    ...(config.urlIsPlaceholder ? [{ variable: "SITE_URL", value: config.url, effect: "分享链接、站点地图和订阅里的网址会指向本机" }] : []),
    ...(config.reportEmailIsPlaceholder
      ? [{ variable: "SITE_REPORT_EMAIL", value: config.reportEmail, effect: "页脚和举报页显示“示例/占位”的邮箱，读者只能用表单" }]
      : []),
    ...(config.contact.phoneIsPlaceholder
      ? [{ variable: "SITE_CONTACT_PHONE", value: config.contact.phone, effect: "文章下的本站电话显示为“示例/占位”，不能拨打" }]
      : []),
  ];
}

export const siteConfig: SiteConfig = parseSiteConfig(process.env);
