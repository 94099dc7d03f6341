import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotFoundMessage } from "@/components/not-found-message";
import { PageShell } from "@/components/page-shell";
import { SCRIPT_HEADER } from "@/lib/script/path-script";
import { languageTag } from "@/lib/script/in-script";
import { localize, scriptFrom, setRequestScript, type Script } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";
import "./globals.css";

/**
 * Sets the render's script to that of the address asked for, which `npm start`'s server
 * passes in a header (lib/server/serve.ts): this page is rendered outside the `[script]` layouts,
 * for every address no route knows, so it has no params. Simplified without the header.
 */
async function enterRequestedScript(): Promise<Script> {
  const script = scriptFrom((await headers()).get(SCRIPT_HEADER) ?? "");
  setRequestScript(script);
  return script;
}

export async function generateMetadata(): Promise<Metadata> {
  await enterRequestedScript();
  return {
    title: `${localize("页面不存在")} · ${localize(siteConfig.name)}`,
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
  };
}

/**
 * Any address no route knows (an unknown slug under `/zh-Hant/articles/` included): the
 * not-found page inside the site's own frame, in the script of the address. It is the only
 * not-found page Next renders on the server; `notFound()` inside a route renders
 * app/[script]/not-found.tsx in the browser only (the HTML carries an empty error shell).
 */
export default async function GlobalNotFound() {
  return (
    <PageShell lang={languageTag(await enterRequestedScript())}>
      <NotFoundMessage />
    </PageShell>
  );
}
