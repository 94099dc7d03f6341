import { NextResponse, type NextRequest } from "next/server";

/**
 * Next.js answers a dynamic route whose URL has a malformed escape (`/articles/%ZZ`) with a
 * 500: the decoding error escapes its renderer. Such URLs get the 404 page instead. The
 * matcher only lets through paths with a `%` not followed by two hex digits, so well-formed
 * requests never run this.
 */
export function proxy(request: NextRequest) {
  return NextResponse.rewrite(new URL("/_malformed-url", request.url), { status: 404 });
}

export const config = {
  matcher: ["/articles/:rest(.*%(?![0-9A-Fa-f]{2}).*)"],
};
