import { checklistItemId, type ChecklistGroup } from "@/lib/tools/negotiation-checklist";
import { localize } from "@/lib/script/request-script";

/** The checklist as native checkboxes: tickable on screen without JavaScript, printable as boxes. */
export function NegotiationChecklist({ groups }: { groups: readonly ChecklistGroup[] }) {
  return (
    <div className="space-y-6 print:space-y-3">
      {groups.map((group) => (
        <section
          key={group.id}
          aria-labelledby={group.id}
          className="rounded-lg border border-zinc-300 px-4 py-3 dark:border-zinc-700 print:break-inside-avoid print:px-3 print:py-1"
        >
          <h2 id={group.id} className="text-lg font-bold print:text-[11pt]">
            {localize(group.title)}
          </h2>
          <ul className="mt-2 space-y-2 print:mt-1 print:space-y-0">
            {group.items.map((item) => {
              const inputId = checklistItemId(group.id, item);
              return (
                <li key={inputId} className="flex items-start gap-3 print:gap-2">
                  <input
                    id={inputId}
                    type="checkbox"
                    className="mt-1.5 h-5 w-5 shrink-0 accent-blue-800 print:mt-1 print:h-3.5 print:w-3.5"
                  />
                  <label htmlFor={inputId} className="print:text-[10pt] print:leading-snug">
                    {localize(item)}
                  </label>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
