import { inScript } from "../script/in-script";
import type { Script } from "../script/request-script";
import { siteConfig } from "./config";

/** What an article's share image says, top to bottom, in one script. */
export interface ShareImageText {
  siteName: string;
  /** The article's title. */
  title: string;
  footer: string;
}

/**
 * The text of an article's share image (`opengraph-image`, `twitter-image`) in `script`, from
 * the article's Simplified title: Traditional pages share a Traditional image.
 */
export function shareImageText(title: string, script: Script): ShareImageText {
  return {
    siteName: inScript(script, siteConfig.name),
    title: inScript(script, title),
    footer: inScript(script, "独立信息网站 · 与支付宝、蚂蚁集团无关"),
  };
}
