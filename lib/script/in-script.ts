import { toTraditional } from "./convert";
import type { Script } from "./request-script";

/**
 * Text written in Simplified, as readers of `script` read it. For files built outside a
 * page's render (the reminder calendar, share images, JSON-LD), which get the script as a
 * parameter; components use `localize`, which reads it from the render.
 */
export function inScript(script: Script, text: string): string {
  return script === "zh-Hant" ? toTraditional(text) : text;
}

/** The language tag of a script's pages, as in their `<html lang>` and `hreflang`: zh-CN or zh-Hant. */
export function languageTag(script: Script): "zh-CN" | "zh-Hant" {
  return script === "zh-Hant" ? "zh-Hant" : "zh-CN";
}

/** The Open Graph locale of a script's pages: zh_CN or zh_TW (Taiwan-standard characters). */
export function openGraphLocale(script: Script): "zh_CN" | "zh_TW" {
  return script === "zh-Hant" ? "zh_TW" : "zh_CN";
}
