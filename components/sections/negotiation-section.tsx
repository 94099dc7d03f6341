import type { Section } from "@/lib/content/schema";
import { ItemCard } from "./item-card";
import { SectionFrame } from "./section-frame";

const SPEECH_BUBBLE = (
  <svg viewBox="0 0 20 20" className="mt-1 h-5 w-5 fill-current">
    <path d="M3 4a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H9l-4 4v-4a2 2 0 0 1-2-2z" />
  </svg>
);

/** Negotiation advice as tip cards. */
export function NegotiationSection({ section }: { section: Extract<Section, { kind: "negotiation" }> }) {
  return (
    <SectionFrame section={section}>
      <ul className="space-y-3">
        {section.tips.map((tip, index) => (
          <ItemCard key={index} item={tip} tone="tip" icon={SPEECH_BUBBLE} />
        ))}
      </ul>
    </SectionFrame>
  );
}
