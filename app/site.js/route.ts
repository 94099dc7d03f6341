import { pageScriptSource } from "@/lib/page-script";

export const dynamic = "force-static";

/** The site's script (see lib/page-script.ts), prerendered at build time. */
export function GET() {
  return new Response(pageScriptSource(), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
