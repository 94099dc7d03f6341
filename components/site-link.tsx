import Link from "next/link";
import type { ComponentProps } from "react";
import { localPath } from "@/lib/script/request-script";

/**
 * A link inside the site: navigates without a full page load when JavaScript runs, but never
 * prefetches. Readers are mostly on phones and often pay for data; a list of ten articles
 * would otherwise download ten article payloads that nobody asked for. A path href stays in
 * the script of the page it is on (`/zh-Hant/…` on Traditional pages).
 */
export function SiteLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const target = typeof href === "string" && href.startsWith("/") ? localPath(href) : href;
  return <Link {...props} href={target} prefetch={false} />;
}
