import QRCode from "qrcode";
import { localize } from "@/lib/script/request-script";
import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { PAGE_SCRIPT_PATH } from "@/lib/client/page-script";
import { TitledPanel } from "./titled-panel";

/**
 * The article's short canonical link, a QR code of it to scan into WeChat (an SVG drawn on
 * the server), and copy and share buttons that appear only when JavaScript runs: they are
 * plain server HTML, shown and driven by a small script (lib/client/share-enhancement.ts).
 */
const BUTTON =
  "rounded-lg border-2 border-blue-800 px-4 py-2 font-bold text-blue-800 hover:bg-blue-50 dark:border-sky-300 dark:text-sky-300 dark:hover:bg-sky-950";

export async function ShareBar({ url, title }: { url: string; title: string }) {
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return (
    <TitledPanel
      as="section"
      id={PAGE_ANCHOR_IDS.share}
      title={localize("分享这篇文章")}
      testId="share-bar"
      className="border border-zinc-300 dark:border-zinc-700 print:hidden"
    >
      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-start">
        <div
          className="min-w-0 flex-1 space-y-2"
          data-share-url={url}
          data-share-title={title}
          data-copied-message={localize("链接已复制，可以粘贴到微信里发送。")}
          data-copy-failed-message={localize("没能自动复制，请长按上面的链接手动复制。")}
        >
          <p>
            {localize("链接：")}
            <a href={url} className="break-all text-link" data-testid="share-url">
              {url}
            </a>
          </p>
          {/* The row keeps its height with or without the buttons, so nothing below moves. */}
          <div className="flex min-h-12 flex-wrap items-center gap-3">
            <button type="button" data-share-action="copy" className={`${BUTTON} hidden share-js:inline-block`}>
              {localize("复制链接")}
            </button>
            <button type="button" data-share-action="share" className={`${BUTTON} hidden can-share:inline-block`}>
              {localize("分享…")}
            </button>
            <p role="status" aria-live="polite" data-share-status className="text-[0.9375rem] text-emerald-800 dark:text-emerald-300" />
          </div>
          <script src={PAGE_SCRIPT_PATH} async />
        </div>
        <figure className="shrink-0">
          <div
            role="img"
            aria-label={localize("本文链接的二维码")}
            data-testid="share-qr"
            className="h-40 w-40 bg-white [&>svg]:h-full [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{localize("微信扫一扫，在手机上打开")}</figcaption>
        </figure>
      </div>
    </TitledPanel>
  );
}
