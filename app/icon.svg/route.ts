export const dynamic = "force-static";

/** The site icon: a check mark on the site's blue. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1e40af"/><path d="M9 17l5 5 9-11" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * `/icon.svg`, prerendered. A route rather than a file in public/ or app/icon.svg: pages live
 * under the dynamic `[script]` segment, where Next would link the icon as `/-/icon.svg`, and
 * Next answers a POST to a public/ file with 500, to a route with 405.
 */
export function GET() {
  return new Response(ICON, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" } });
}
