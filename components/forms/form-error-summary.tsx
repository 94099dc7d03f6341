import { localize } from "@/lib/script/request-script";

/** Above a tool's form after a refused submit: how many fields need changing (each says why below it). */
export function FormErrorSummary({ errors }: { errors: Record<string, string | undefined> }) {
  return (
    <p role="alert" className="font-bold text-red-800 dark:text-red-300">
      {localize(`有 ${Object.keys(errors).length} 项需要改一下，请看每一项下面的说明。`)}
    </p>
  );
}
