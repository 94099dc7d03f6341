import { ProseHtml } from "../prose-html";

/** The body of a card, step or tip: article typography without outer margins. */
export function ItemBody({ html }: { html: string }) {
  return <ProseHtml html={html} className="mt-2 prose-p:my-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0" />;
}
