/**
 * The share bar's buttons, brought to life by a script of their own rather than a React client
 * component: a client component on the article page made the browser hydrate and re-style the
 * whole long article for two buttons, which cost a mid-range phone about 150 ms of blocked main
 * thread in Lighthouse. The buttons are in the server's HTML, hidden until this runs. It marks
 * each share bar (not `<html>`, which would re-style the whole page) with `data-share-js`, and
 * with `data-can-share` where the Web Share API exists; the stylesheet then shows the buttons.
 * Their status messages come from the bar's own attributes, so they are in the page's script.
 * It also answers clicks on the language switch, adding the section the reader is at. The
 * script may run before the page has been parsed (React places it in `<head>`), so the bars
 * are marked once the document is ready and clicks are answered through the document.
 * It is sent as its own source text (lib/client/page-script.ts), so it must not refer to anything
 * outside itself.
 */
export function enhanceShareButtons(): void {
  const markBars = () => {
    const canShare = typeof navigator.share === "function";
    for (const bar of document.querySelectorAll<HTMLElement>("[data-share-url]")) {
      bar.dataset.shareJs = "";
      if (canShare) bar.dataset.canShare = "";
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", markBars, { once: true });
  else markBars();
  document.addEventListener("click", (event) => {
    // The language switch keeps the reader at the section they are reading.
    const switchLink = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-keep-hash]") : null;
    if (switchLink && location.hash) switchLink.href = `${switchLink.href.split("#")[0]}${location.hash}`;
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-share-action]") : null;
    const bar = button?.closest<HTMLElement>("[data-share-url]");
    if (!button || !bar) return;
    const url = bar.dataset.shareUrl ?? "";
    const status = bar.querySelector("[data-share-status]");
    const say = (message: string | undefined) => {
      if (status) status.textContent = message ?? "";
    };
    if (button.dataset.shareAction === "copy") {
      navigator.clipboard.writeText(url).then(
        () => say(bar.dataset.copiedMessage),
        () => say(bar.dataset.copyFailedMessage),
      );
    } else {
      // Closing the share sheet rejects the promise; that is not an error worth showing.
      navigator.share({ title: bar.dataset.shareTitle ?? "", url }).catch(() => undefined);
    }
  });
}
