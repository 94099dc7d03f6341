import { localize } from "@/lib/script/request-script";
import { ItemBody } from "./item-body";
import { SectionFrame, type SectionProps } from "./section-frame";

/** Steps as a numbered stepper: a vertical line joins the step numbers. */
export function ProcessSection({ section, articlePath }: SectionProps<"process">) {
  return (
    <SectionFrame section={section} articlePath={articlePath}>
      <ol className="space-y-0">
        {section.steps.map((step, index) => (
          <li key={index} className="relative flex gap-4 pb-6 last:pb-0">
            <span
              aria-hidden="true"
              className="absolute left-4 top-9 bottom-0 w-px bg-zinc-300 dark:bg-zinc-700 [li:last-child>&]:hidden"
            />
            <span
              aria-hidden="true"
              className="relative flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-blue-800 text-base font-bold text-white dark:bg-sky-300 dark:text-zinc-950"
            >
              {index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="text-lg font-bold leading-8">
                <span className="sr-only">{localize("第 {step} 步：", { step: index + 1 })}</span>
                {step.title}
              </h3>
              <ItemBody html={step.html} />
            </div>
          </li>
        ))}
      </ol>
    </SectionFrame>
  );
}
