import { shareScriptSource } from "@/lib/share-enhancement";

export const dynamic = "force-static";

/** The share bar's script (see lib/share-enhancement.ts), prerendered at build time. */
export function GET() {
  return new Response(shareScriptSource(), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
