import type { Section } from "@/lib/content/schema";
import { ItemCard } from "./item-card";
import { SectionFrame } from "./section-frame";

/** Consequences as warning cards. */
export function ConsequencesSection({ section }: { section: Extract<Section, { kind: "consequences" }> }) {
  return (
    <SectionFrame section={section}>
      <ul className="space-y-3">
        {section.items.map((item, index) => (
          <ItemCard key={index} item={item} tone="warning" icon="⚠" />
        ))}
      </ul>
    </SectionFrame>
  );
}
