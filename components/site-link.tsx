import type { ComponentProps } from "react";
import { localPath } from "@/lib/script/request-script";

/**
 * A link inside the site: a plain anchor, so following it loads the next prerendered page.
 * Next's `<Link>` is a client component; with one per link, hydrating a long article took
 * a phone more main-thread time than the framework itself, and client-side navigation saves
 * little on pages that are static, small and cached. Nothing is prefetched either: readers
 * often pay for data. A path href stays in the script of the page it is on (`/zh-Hant/…` on
 * Traditional pages).
 */
export function SiteLink({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  return <a {...props} href={href.startsWith("/") ? localPath(href) : href} />;
}
