import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link inside the site: navigates without a full page load when JavaScript runs, but never
 * prefetches. Readers are mostly on phones and often pay for data; a list of ten articles
 * would otherwise download ten article payloads that nobody asked for.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
