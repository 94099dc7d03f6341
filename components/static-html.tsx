import type { ReactNode } from "react";
import { staticMarkup } from "@/lib/site/static-markup";

/**
 * Server components without interaction, sent as one block of HTML inside `as`
 * (`lib/site/static-markup.ts`): the markup is the same, but React hydrates one element
 * instead of every element in it. Async scripts the components ask for are rendered as React
 * elements, so React still puts each in the head once.
 */
export async function StaticHtml({ as: Element, className, children }: { as: "article" | "div"; className?: string; children: ReactNode }) {
  const { html, scripts } = await staticMarkup(children);
  return (
    <>
      <Element className={className} dangerouslySetInnerHTML={{ __html: html }} />
      {scripts.map((src) => (
        <script key={src} src={src} async />
      ))}
    </>
  );
}
