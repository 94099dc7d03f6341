import type { Script } from "./request-script";

/**
 * The request header in which `npm start`'s server (lib/server/serve.ts) tells the not-found page
 * (app/global-not-found.tsx) the script of the address asked for. The server sets it on every
 * request, so a value sent by a client never reaches the page.
 */
export const SCRIPT_HEADER = "x-site-script";

/**
 * The script of a request target: Traditional for `/zh-Hant` and every path below it,
 * Simplified for everything else (unprefixed paths, `/zh-Hans/…`, `/_next/…`, `/zh-Hantx`).
 */
export function scriptOfTarget(target: string): Script {
  const path = target.split(/[?#]/, 1)[0] ?? "";
  return path === "/zh-Hant" || path.startsWith("/zh-Hant/") ? "zh-Hant" : "zh-Hans";
}
