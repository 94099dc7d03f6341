import { ImageResponse } from "next/og";
import { fontFor } from "./og-font";
import type { ShareImageText } from "./share-image";

/** The size of a share image: what Open Graph and Twitter cards show best. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * A share image as a PNG response: the site name, the article's title and the footer, in Noto
 * Sans SC Bold cut down to their characters (`fontFor`). The article route draws one per article
 * and script; `npm start` draws one at start, so the first reader's image does not wait for the
 * font engine and the renderer to load (0.9 s against 0.1 s for each image after).
 */
export async function drawShareImage({ siteName, title, footer }: ShareImageText): Promise<ImageResponse> {
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
    { ...SHARE_IMAGE_SIZE, fonts: [{ name: "Noto Sans SC", data: font, weight: 700, style: "normal" }] },
  );
}
