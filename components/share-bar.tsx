import QRCode from "qrcode";
import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { ShareButtons } from "./share-buttons";
import { TitledPanel } from "./titled-panel";

/**
 * The article's short canonical link, a QR code of it to scan into WeChat (an SVG drawn on
 * the server), and buttons that enhance both when JavaScript runs.
 */
export async function ShareBar({ url, title }: { url: string; title: string }) {
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return (
    <TitledPanel
      as="section"
      id={PAGE_ANCHOR_IDS.share}
      title="分享这篇文章"
      testId="share-bar"
      className="border border-zinc-300 dark:border-zinc-700 print:hidden"
    >
      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1 space-y-2">
          <p>
            链接：
            <a href={url} className="break-all text-blue-800 underline underline-offset-4 dark:text-sky-300" data-testid="share-url">
              {url}
            </a>
          </p>
          <ShareButtons url={url} title={title} />
        </div>
        <figure className="shrink-0">
          <div
            role="img"
            aria-label="本文链接的二维码"
            data-testid="share-qr"
            className="h-40 w-40 bg-white [&>svg]:h-full [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">微信扫一扫，在手机上打开</figcaption>
        </figure>
      </div>
    </TitledPanel>
  );
}
