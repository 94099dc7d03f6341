"use client";

import { useEffect, useState } from "react";

/**
 * Copy and native-share buttons for the share bar. They need JavaScript, so they appear only
 * once it runs; the row keeps its height either way so nothing below moves.
 */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const [ready, setReady] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState("");

  useEffect(() => {
    setReady(true);
    setCanShare(typeof navigator.share === "function");
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("链接已复制，可以粘贴到微信里发送。");
    } catch {
      setStatus("没能自动复制，请长按上面的链接手动复制。");
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // Closing the share sheet is not an error worth showing.
    }
  }

  const button =
    "rounded-lg border-2 border-blue-800 px-4 py-2 font-bold text-blue-800 hover:bg-blue-50 dark:border-sky-300 dark:text-sky-300 dark:hover:bg-sky-950";
  return (
    <div className="flex min-h-12 flex-wrap items-center gap-3">
      {ready ? (
        <button type="button" onClick={copy} className={button}>
          复制链接
        </button>
      ) : null}
      {canShare ? (
        <button type="button" onClick={share} className={button}>
          分享…
        </button>
      ) : null}
      <p role="status" aria-live="polite" className="text-[0.9375rem] text-emerald-800 dark:text-emerald-300">
        {status}
      </p>
    </div>
  );
}
