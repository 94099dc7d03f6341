import { formScriptSource } from "@/lib/form-enhancement";

export const dynamic = "force-static";

/** The forms' script (see lib/form-enhancement.ts), prerendered at build time. */
export function GET() {
  return new Response(formScriptSource(), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
