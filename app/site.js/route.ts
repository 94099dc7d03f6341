import { pageScriptSource } from "@/lib/client/page-script";

export const dynamic = "force-static";

/** The site's script (see lib/client/page-script.ts), prerendered at build time. */
export function GET() {
  return new Response(pageScriptSource(), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
