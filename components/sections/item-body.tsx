import { ProseHtml } from "../prose-html";

/** The body of a card, step or tip: article typography without outer margins. */
export function ItemBody({ html }: { html: string }) {
  return <ProseHtml html={html} className="prose-compact mt-2" />;
}
