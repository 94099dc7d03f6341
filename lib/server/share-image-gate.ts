/**
 * The address of an article's share image in any script (`/articles/<slug>/opengraph-image`,
 * `/zh-Hans/…` as Next names it in `og:image`, `/zh-Hant/…`), query ignored: the slug, or
 * undefined for any other address.
 */
export function shareImageSlug(target: string): string | undefined {
  const path = target.split("?")[0] ?? "";
  return /^(?:\/zh-Han[st])?\/articles\/([^/]+)\/opengraph-image$/.exec(path)?.[1];
}

/**
 * Whether a request must be answered as not found before Next sees it: it asks for the share
 * image of an article that is not published. Share images are drawn on first request and kept
 * by Next, and Next would keep a file for every name asked for, so addresses made up by the
 * thousand would fill the disk. `published` is undefined when the site data cannot say (it is
 * missing or stale); then nothing is refused here and the image route answers 404 itself.
 */
export function isUnpublishedShareImage(target: string, published: ReadonlySet<string> | undefined): boolean {
  if (!published) return false;
  const slug = shareImageSlug(target);
  if (slug === undefined) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return true;
  }
  return !published.has(decoded);
}
