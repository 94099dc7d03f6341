import { NextResponse, type NextRequest } from "next/server";

/**
 * The site defines no server actions: a request naming one (Next would answer 400 or 500) gets
 * 404. The matcher runs this for such requests only. (URLs that cannot be decoded are sent to
 * the 404 page by `npm start`'s server, lib/cli/serve.ts, before Next sees them.)
 */
export function proxy() {
  return new NextResponse("没有这个操作。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export const config = {
  matcher: [{ source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
