import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { getArticle } from "@/lib/site/articles";
import { fontFor } from "@/lib/site/og-font";
import { scriptFrom } from "@/lib/script/request-script";
import { shareImageText } from "@/lib/site/share-image";

export const size = { width: 1200, height: 630 };
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
  const { siteName, title, footer } = shareImageText(article.title, script);
  const font = await fontFor(`${title}${siteName}${footer}`);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "#0b3a75",
        color: "#ffffff",
        fontFamily: "Noto Sans SC",
      }}
    >
      <div style={{ fontSize: 36, color: "#cfe3ff" }}>{siteName}</div>
      <div style={{ fontSize: title.length > 24 ? 60 : 72, lineHeight: 1.3, display: "flex" }}>{title}</div>
      <div style={{ fontSize: 28, color: "#cfe3ff" }}>{footer}</div>
    </div>,
    { ...size, fonts: [{ name: "Noto Sans SC", data: font, weight: 700, style: "normal" }] },
  );
}
