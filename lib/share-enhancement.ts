/** Where the share bar's script is served (app/share.js/route.ts). */
export const SHARE_SCRIPT_PATH = "/share.js";

/**
 * The share bar's buttons, brought to life by a script of their own rather than a React client
 * component: a client component on the article page made the browser hydrate and re-style the
 * whole long article for two buttons, which cost a mid-range phone about 150 ms of blocked main
 * thread in Lighthouse. The buttons are in the server's HTML, hidden until this runs. It marks
 * `<html>` with `js` (and `can-share` where the Web Share API exists), which the stylesheet uses
 * to show them, and answers their clicks through one listener on the document, so a share bar
 * that arrives by client-side navigation works too. It is sent as its own source text, so it
 * must not refer to anything outside itself.
 */
export function enhanceShareButtons(): void {
  const root = document.documentElement;
  root.classList.add("js");
  if (typeof navigator.share === "function") root.classList.add("can-share");
  document.addEventListener("click", (event) => {
    // The language switch keeps the reader at the section they are reading.
    const switchLink = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-keep-hash]") : null;
    if (switchLink && location.hash) switchLink.href = `${switchLink.href.split("#")[0]}${location.hash}`;
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-share-action]") : null;
    const bar = button?.closest<HTMLElement>("[data-share-url]");
    if (!button || !bar) return;
    const url = bar.dataset.shareUrl ?? "";
    const status = bar.querySelector("[data-share-status]");
    const say = (message: string) => {
      if (status) status.textContent = message;
    };
    if (button.dataset.shareAction === "copy") {
      navigator.clipboard.writeText(url).then(
        () => say("链接已复制，可以粘贴到微信里发送。"),
        () => say("没能自动复制，请长按上面的链接手动复制。"),
      );
    } else {
      // Closing the share sheet rejects the promise; that is not an error worth showing.
      navigator.share({ title: bar.dataset.shareTitle ?? "", url }).catch(() => undefined);
    }
  });
}

/** The script as served: the function's own source, called once. */
export function shareScriptSource(): string {
  return `(${enhanceShareButtons.toString()})();\n`;
}
