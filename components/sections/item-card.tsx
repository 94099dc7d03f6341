import type { ReactNode } from "react";
import type { SectionItem } from "@/lib/content/schema";
import { ItemBody } from "./item-body";

const TONES = {
  warning: {
    card: "border-amber-300 border-l-4 border-l-amber-600 bg-amber-50 dark:border-amber-800 dark:border-l-amber-400 dark:bg-amber-950/30",
    title: "text-amber-950 dark:text-amber-100",
  },
  tip: {
    card: "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/30",
    title: "text-emerald-950 dark:text-emerald-100",
  },
} as const;

/** A titled card in a list of consequences or tips; `icon` is decorative. */
export function ItemCard({ item, tone, icon }: { item: SectionItem; tone: keyof typeof TONES; icon: ReactNode }) {
  return (
    <li className={`rounded-lg border px-4 py-3 ${TONES[tone].card}`}>
      <h3 className={`flex items-start gap-2 text-lg font-bold leading-snug ${TONES[tone].title}`}>
        <span aria-hidden="true" className="shrink-0">
          {icon}
        </span>
        <span>{item.title}</span>
      </h3>
      <ItemBody html={item.html} />
    </li>
  );
}
