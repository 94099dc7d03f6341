import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { localize } from "@/lib/script/request-script";
import { SECTION_KIND_LABELS } from "@/lib/site/kind-labels";
import type { Section } from "@/lib/content/schema";

/** Links to every section anchor of an article. */
export function TableOfContents({ sections }: { sections: readonly Section[] }) {
  return (
    <nav
      aria-labelledby={PAGE_ANCHOR_IDS.contents}
      className="rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900 print:hidden"
    >
      <h2 id={PAGE_ANCHOR_IDS.contents} className="text-base font-bold">
        {localize("本文目录")}
      </h2>
      <ol className="mt-2 space-y-1">
        {sections.map((section) => (
          <li key={section.id} className="flex items-baseline gap-2">
            <span className="w-12 shrink-0 text-sm text-zinc-600 dark:text-zinc-400">{localize(SECTION_KIND_LABELS[section.kind])}</span>
            <a href={`#${section.id}`} className="text-link">
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
