import type { ReactNode } from "react";
import { localize } from "@/lib/script/request-script";
import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { StaticHtml } from "./static-html";

/**
 * The document around every page: `<html>` in the page's language, skip link, header, main and
 * footer. Header and footer hold no interaction and are sent as static HTML; `contents` keeps
 * their wrappers out of the page's flex layout.
 */
export function PageShell({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href={`#${PAGE_ANCHOR_IDS.main}`}
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800 dark:focus:bg-zinc-900 dark:focus:text-sky-300"
        >
          {localize("跳到正文")}
        </a>
        <StaticHtml as="div" className="contents">
          <SiteHeader />
        </StaticHtml>
        <main id={PAGE_ANCHOR_IDS.main} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <StaticHtml as="div" className="contents">
          <SiteFooter />
        </StaticHtml>
      </body>
    </html>
  );
}
