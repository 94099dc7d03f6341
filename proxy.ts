import { NextResponse, type NextRequest } from "next/server";

/**
 * Next.js answers a dynamic route whose URL cannot be decoded (`/articles/%ZZ`, or bytes that
 * are not UTF-8 such as `/articles/%E5`) with a 500: the decoding error escapes its renderer.
 * Such URLs get the 404 page instead. The matcher lets through only paths of the dynamic routes
 * with a `%` that is not followed by two hex digits or that starts a non-ASCII byte; slugs are
 * ASCII, so requests for real pages never run this.
 */
export function proxy(request: NextRequest) {
  // The site defines no server actions: a request naming one (Next would answer 400 or 500) gets 404.
  if (request.headers.has("next-action")) {
    return new NextResponse("没有这个操作。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/_malformed-url", request.url), { status: 404 });
  }
}

export const config = {
  matcher: [
    "/(articles|page)/:rest(.*%(?:(?![0-9A-Fa-f]{2})|[89A-Fa-f][0-9A-Fa-f]).*)",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
