import type { ReactNode } from "react";
import { slotted } from "@/lib/site/html-slot";
import { staticMarkup } from "@/lib/site/static-markup";

/**
 * Server components without interaction, sent as one block of HTML inside `as`
 * (`lib/site/static-markup.ts`): the markup is the same, but React hydrates one element
 * instead of every element in it. Async scripts the components ask for are rendered as React
 * elements, so React still puts each in the head once. With `slot`, the block is marked as
 * that slot of the page (`lib/site/html-slot.ts`), for a server to fill with other markup:
 * React never compares or changes the inside of a block sent this way.
 */
export async function StaticHtml({
  as: Element,
  className,
  slot,
  children,
}: {
  as: "article" | "div";
  className?: string;
  slot?: string;
  children: ReactNode;
}) {
  const { html, scripts } = await staticMarkup(children);
  return (
    <>
      <Element className={className} dangerouslySetInnerHTML={{ __html: slot === undefined ? html : slotted(slot, html) }} />
      {scripts.map((src) => (
        <script key={src} src={src} async />
      ))}
    </>
  );
}
