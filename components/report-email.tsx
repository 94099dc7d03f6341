import { localize } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";
import { PlaceholderBadge } from "./placeholder-badge";

/**
 * The report address: a mail link once the deployer has set one; until then the placeholder,
 * marked as such and not linked, so nobody writes to an address that reaches no one.
 */
export function ReportEmail({ className = "text-link" }: { className?: string }) {
  if (siteConfig.reportEmailIsPlaceholder) {
    return (
      <span data-testid="report-email">
        <span className="whitespace-nowrap font-mono">{siteConfig.reportEmail}</span>
        <PlaceholderBadge />
        <span className="sr-only">{localize("（占位地址，发不到任何人）")}</span>
      </span>
    );
  }
  return (
    <a href={`mailto:${siteConfig.reportEmail}`} className={className} data-testid="report-email">
      {siteConfig.reportEmail}
    </a>
  );
}
