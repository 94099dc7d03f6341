import { localize } from "@/lib/script/request-script";

/** The 示例/占位 mark on a setting the deployer has not configured yet. */
export function PlaceholderBadge() {
  return (
    <span className="ml-2 rounded bg-zinc-200 px-1.5 py-0.5 text-sm font-bold text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100">
      {localize("示例/占位")}
    </span>
  );
}
