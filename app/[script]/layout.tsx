import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PageShell } from "@/components/page-shell";
import { languageTag } from "@/lib/script/in-script";
import { enterScript, localize } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ script: string }> }): Promise<Metadata> {
  await enterScript(params);
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: localize(siteConfig.name), template: `%s · ${localize(siteConfig.name)}` },
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    description: localize(
      "借呗逾期了怎么办：逾期的后果、一步一步的应对、怎样和官方客服协商、如何避免再次逾期。独立网站，与支付宝、蚂蚁集团无关。",
    ),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

/**
 * Both scripts. `dynamicParams` is left to each page: Next applies `false` from any segment to
 * every route below it, and Traditional articles are rendered on their first request
 * (app/[script]/articles/[slug]/page.tsx). A script's name in other letter case (`/zh-hant`),
 * which Next's case-insensitive rewrites let through, gets the 404 page from `npm start`
 * (lib/server/not-found-gate.ts).
 */
export function generateStaticParams() {
  return [{ script: "zh-Hans" }, { script: "zh-Hant" }];
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ script: string }> }) {
  const script = await enterScript(params);
  return <PageShell lang={languageTag(script)}>{children}</PageShell>;
}
