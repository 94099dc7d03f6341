import { siteConfig } from "./config";

/** The absolute URL of a path on this site, from the configured `SITE_URL`. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteConfig.url}/`).href;
}

/** The path of an article page. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}
