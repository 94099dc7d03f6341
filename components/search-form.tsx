import { localPath, localize } from "@/lib/script/request-script";

/** A plain GET form to /search: works without JavaScript. `compact` is the header's version. */
export function SearchForm({ query = "", compact = false }: { query?: string; compact?: boolean }) {
  const inputId = compact ? "site-search" : "search-page-query";
  return (
    <form
      role="search"
      aria-label={localize(compact ? "站内搜索" : "修改搜索词")}
      action={localPath("/search")}
      method="get"
      className="flex min-w-0 items-center gap-2"
    >
      <label htmlFor={inputId} className={compact ? "sr-only" : "shrink-0 font-bold"}>
        {localize("搜索文章")}
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder={localize(compact ? "搜索：罚息、征信、协商…" : "例如：罚息、征信、协商、分期")}
        className={`min-w-0 rounded-md border border-zinc-400 bg-white px-3 py-1.5 text-base text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 ${compact ? "w-44 sm:w-56" : "flex-1"}`}
      />
      <button
        type="submit"
        className="shrink-0 rounded-md bg-blue-800 px-3 py-1.5 text-base font-bold text-white hover:bg-blue-900 dark:bg-sky-300 dark:text-zinc-950 dark:hover:bg-sky-200"
      >
        {localize("搜索")}
      </button>
    </form>
  );
}
