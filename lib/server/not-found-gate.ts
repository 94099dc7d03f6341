import { SCRIPTS } from "../script/request-script";

/** An article's address: its page (`/articles/<slug>`) or its share image (`…/opengraph-image`). */
export interface ArticleAddress {
  /** The slug as it appears in the address, still percent-encoded. */
  slug: string;
  image: boolean;
}

/** The names a published site answers under: its articles' slugs and their aliases (old slugs that redirect). */
export interface ArticleNames {
  slugs: ReadonlySet<string>;
  aliases: ReadonlySet<string>;
}

/**
 * The article page or share image an address names, in any script (`/articles/…`, `/zh-Hans/…`
 * as Next names it after the rewrite, `/zh-Hant/…`), query ignored; undefined for any other address.
 */
export function articleAddress(target: string): ArticleAddress | undefined {
  const path = target.split("?")[0] ?? "";
  const [, slug, image] = /^(?:\/zh-Han[st])?\/articles\/([^/]+)(\/opengraph-image)?$/.exec(path) ?? [];
  return slug === undefined ? undefined : { slug, image: image !== undefined };
}

/**
 * Whether an address starts with a script's name in other letter case (`/zh-hant/…`, `/ZH-HANS`).
 * Next's rewrites match case-insensitively, so such an address is not rewritten and reaches the
 * `[script]` routes with a `script` that is neither script.
 */
export function hasMiscasedScript(target: string): boolean {
  const first = (target.split("?")[0] ?? "").split("/")[1] ?? "";
  return SCRIPTS.some((script) => script.toLowerCase() === first.toLowerCase() && script !== first);
}

/**
 * Whether a request must be answered as not found before Next sees it: it names a script in
 * the wrong letter case (`hasMiscasedScript`), or an article page or share image that the
 * site does not publish. Traditional article pages and share
 * images are rendered on their first request and kept by Next, which would keep one for every
 * name asked for, so addresses made up by the thousand would push real pages out of its cache. A page may be
 * asked for by an alias (it redirects); an image only by a published slug. `names` is
 * undefined when the site data cannot say (it is missing or stale); then nothing is refused
 * here and the routes answer 404 themselves (articles) or render them (addresses made up
 * under a miscased script are still refused: they need no site data).
 */
export function isKnownNotFound(target: string, names: ArticleNames | undefined): boolean {
  if (hasMiscasedScript(target)) return true;
  if (!names) return false;
  const address = articleAddress(target);
  if (!address) return false;
  let slug: string;
  try {
    slug = decodeURIComponent(address.slug);
  } catch {
    return true;
  }
  return !(names.slugs.has(slug) || (!address.image && names.aliases.has(slug)));
}
