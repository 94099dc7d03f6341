import { notFound } from "next/navigation";
import { getArticle } from "@/lib/site/articles";
import { scriptFrom } from "@/lib/script/request-script";
import { shareImageText } from "@/lib/site/share-image";
import { drawShareImage, SHARE_IMAGE_SIZE } from "@/lib/site/share-image-drawing";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "文章标题和站点名称";

/**
 * Not prerendered: each image is drawn on its first request and kept by Next as a static
 * response (an empty `generateStaticParams` with `force-static`), so the build does not draw
 * one image per article and script that may never be shared.
 */
export const dynamic = "force-static";
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

/**
 * The preview image a shared link shows: the article's Chinese title and the site name, in
 * the script of the page (`/zh-Hant/articles/<slug>/opengraph-image` is Traditional). The
 * Twitter card names the same image (`articleMetadata`).
 */
export default async function OpenGraphImage({ params }: { params: Promise<{ script: string; slug: string }> }) {
  const { script: scriptParam, slug } = await params;
  const script = scriptFrom(scriptParam);
  const article = await getArticle(slug);
  // Only published articles have an image.
  if (!article) notFound();
  return drawShareImage(shareImageText(article.title, script));
}
