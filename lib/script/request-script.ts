import { cache } from "react";
import { toTraditional } from "./convert";

/** The two scripts every page is served in: Simplified (unprefixed URLs) and Traditional (`/zh-Hant/…`). */
export const SCRIPTS = ["zh-Hans", "zh-Hant"] as const;
export type Script = (typeof SCRIPTS)[number];

export function isScript(value: string): value is Script {
  return (SCRIPTS as readonly string[]).includes(value);
}

/**
 * The script of the page being rendered, kept for the length of one render (React `cache`),
 * the way next-intl's `setRequestLocale` keeps the locale: the layout and each page set it
 * from their `script` param, and any server component below reads it.
 */
const renderState = cache((): { script: Script } => ({ script: "zh-Hans" }));

export function setRequestScript(script: Script): void {
  renderState().script = script;
}

export function requestScript(): Script {
  return renderState().script;
}

/** Reader-facing text in the script of the page being rendered. */
export function localize(text: string): string {
  return requestScript() === "zh-Hant" ? toTraditional(text) : text;
}

/** A site path as served in `script`: Traditional pages live under `/zh-Hant`. */
export function scriptPath(script: Script, path: string): string {
  if (script === "zh-Hans") return path;
  return path === "/" ? "/zh-Hant" : `/zh-Hant${path}`;
}

/** A site path in the script of the page being rendered. */
export function localPath(path: string): string {
  return scriptPath(requestScript(), path);
}

/** The props every page under `app/[script]` gets. */
export interface ScriptPageProps {
  params: Promise<{ script: string }>;
}

/** Sets the render's script from a page's params (the first thing each page and its metadata do) and returns it. */
export async function enterScript(params: Promise<{ script: string }>): Promise<Script> {
  const { script } = await params;
  if (isScript(script)) setRequestScript(script);
  return requestScript();
}
