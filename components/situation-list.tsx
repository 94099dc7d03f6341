import type { Situation } from "@/lib/content/situations";
import { localize } from "@/lib/script/request-script";
import { SiteLink } from "./site-link";

/**
 * "你现在遇到的是哪种情况？": the situations of content/situations.yaml, each a link straight to
 * the section that answers it, so a frightened reader is one tap from the answer.
 */
export function SituationList({ situations }: { situations: readonly Situation[] }) {
  if (situations.length === 0) return null;
  return (
    <section aria-labelledby="situations" data-testid="situations" className="mt-6">
      <h2 id="situations" className="text-xl font-bold">
        {localize("你现在遇到的是哪种情况？")}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {situations.map((situation) => (
          <li key={situation.label}>
            <SiteLink
              href={situation.target}
              className="block h-full rounded-lg border-2 border-blue-700 px-4 py-3 no-underline hover:bg-blue-50 focus-visible:bg-blue-50 dark:border-sky-400 dark:hover:bg-sky-950 dark:focus-visible:bg-sky-950"
            >
              <span className="block font-bold text-blue-900 dark:text-sky-200">{localize(situation.label)}</span>
              {situation.hint ? (
                <span className="mt-1 block text-[0.9375rem] text-zinc-700 dark:text-zinc-300">{localize(situation.hint)}</span>
              ) : null}
            </SiteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
