import { enhanceForms } from "./form-enhancement";
import { enhanceShareButtons } from "./share-enhancement";

/**
 * Where the site's one small script is served (app/site.js/route.ts). Every component that
 * needs it renders `<script src={PAGE_SCRIPT_PATH} async />`; React sends it once per page.
 */
export const PAGE_SCRIPT_PATH = "/site.js";

/** The script as served: each enhancement's own source text, called once. */
export function pageScriptSource(): string {
  return [enhanceShareButtons, enhanceForms].map((enhance) => `(${enhance.toString()})();\n`).join("");
}
