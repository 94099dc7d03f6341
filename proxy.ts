import { NextResponse, type NextRequest } from "next/server";

/**
 * Next.js answers a dynamic route whose URL cannot be decoded (`/articles/%ZZ`, or bytes that
 * are not UTF-8 such as `/articles/%E5`) with a 500: the decoding error escapes its renderer.
 * Such URLs get the 404 page instead. The matcher lets through only paths of the dynamic routes
 * with a `%` that is not followed by two hex digits or that starts a non-ASCII byte; slugs are
 * ASCII, so requests for real pages never run this.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/_malformed-url", request.url), { status: 404 });
  }
}

export const config = {
  matcher: ["/(articles|page)/:rest(.*%(?:(?![0-9A-Fa-f]{2})|[89A-Fa-f][0-9A-Fa-f]).*)"],
};
