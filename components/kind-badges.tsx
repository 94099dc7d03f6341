import { SECTION_KIND_LABELS } from "@/lib/site/kind-labels";
import { localize } from "@/lib/script/request-script";
import type { Section } from "@/lib/content/schema";

/** The typed section kinds an article covers, as small labels. */
export function KindBadges({ sections }: { sections: readonly Section[] }) {
  const kinds = sections.filter((section) => section.kind !== "general").map((section) => section.kind);
  return (
    <ul aria-label={localize("本文包含")} className="flex flex-wrap gap-2">
      {kinds.map((kind) => (
        <li
          key={kind}
          className="rounded-full border border-zinc-300 px-2.5 text-sm leading-7 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
        >
          {localize(SECTION_KIND_LABELS[kind])}
        </li>
      ))}
    </ul>
  );
}
