/**
 * Response headers for every route. The Content-Security-Policy is as strict as a statically
 * prerendered Next.js App Router site allows:
 * - `script-src 'self' 'unsafe-inline'`: the prerendered pages carry Next's inline bootstrap
 *   scripts (React's flight data); without 'unsafe-inline' (or per-build hashes) React cannot
 *   hydrate, and nonces would force every page to render per request. No 'unsafe-eval'.
 * - `style-src 'self'`: all CSS is one stylesheet file; no inline styles (checked in Chromium
 *   through hydration and client-side navigation).
 * - `img-src 'self' data:`: article images live under public/; no remote images.
 * - everything else is this origin or nothing: no third-party origin appears anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "manifest-src 'self'",
].join("; ");

/**
 * Browser features the site never uses are switched off; clipboard writing
 * stays allowed for this origin because the share bar copies links (Web Share needs no policy).
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
  "browsing-topics=()",
  "clipboard-write=(self)",
].join(", ");

export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  // Never guess a content type: a text file cannot be run as a script.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites learn only our origin, never which article a reader was on.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  // Pages opened from here cannot reach back into this window.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** One year, the lifetime browsers and the HSTS preload list expect. */
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * `Strict-Transport-Security` when the site is served over https (`SITE_URL`): for a year
 * browsers then never load it over plain http, so a network that strips TLS cannot swap the
 * phone numbers on a page. Subdomains are included only when the deployer says so
 * (`HSTS_INCLUDE_SUBDOMAINS`): it binds every subdomain of the host to https as well. Never
 * sent for an http site, where it would be ignored or, behind a TLS front, wrong.
 */
export function strictTransportSecurity({
  url,
  hstsIncludeSubdomains,
}: {
  url: string;
  hstsIncludeSubdomains: boolean;
}): { key: string; value: string }[] {
  if (!url.startsWith("https://")) return [];
  return [
    { key: "Strict-Transport-Security", value: `max-age=${HSTS_MAX_AGE_SECONDS}${hstsIncludeSubdomains ? "; includeSubDomains" : ""}` },
  ];
}

/** Every security header of every answer of a site with `config`: the fixed ones, and HSTS for an https site. */
export function siteSecurityHeaders(config: { url: string; hstsIncludeSubdomains: boolean }): { key: string; value: string }[] {
  return [...SECURITY_HEADERS, ...strictTransportSecurity(config)];
}

/** The same headers as fields by name, for answers the server writes itself (`writeHead`). */
export function siteSecurityHeaderFields(config: { url: string; hstsIncludeSubdomains: boolean }): Record<string, string> {
  return Object.fromEntries(siteSecurityHeaders(config).map(({ key, value }) => [key, value]));
}
