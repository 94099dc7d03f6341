import { ImageResponse } from "next/og";
import { getArticle, listArticles } from "@/lib/articles";
import { fontFor } from "@/lib/og-font";
import { siteConfig } from "@/lib/site-config";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "文章标题和站点名称";

const FOOTER = "独立信息网站 · 与支付宝、蚂蚁集团无关";

export async function generateStaticParams() {
  return (await listArticles()).map((article) => ({ slug: article.slug }));
}

/** The preview image a shared link shows: the article's Chinese title and the site name. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle((await params).slug);
  const title = article?.title ?? siteConfig.name;
  const font = await fontFor(`${title}${siteConfig.name}${FOOTER}`);
  return new ImageResponse(
    (
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
        <div style={{ fontSize: 36, color: "#cfe3ff" }}>{siteConfig.name}</div>
        <div style={{ fontSize: title.length > 24 ? 60 : 72, lineHeight: 1.3, display: "flex" }}>{title}</div>
        <div style={{ fontSize: 28, color: "#cfe3ff" }}>{FOOTER}</div>
      </div>
    ),
    { ...size, fonts: [{ name: "Noto Sans SC", data: font, weight: 700, style: "normal" }] },
  );
}
