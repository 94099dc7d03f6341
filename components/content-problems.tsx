import { formatDiagnostic, type Diagnostic } from "@/lib/content/diagnostics";
import { localize } from "@/lib/script/request-script";

/**
 * Development only: what is wrong with articles that cannot be shown, in the same
 * `file:line:col` form as `npm run content:check`, so editors can fix them and reload.
 */
export function ContentProblems({ problems, title }: { problems: readonly Diagnostic[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <section
      role="alert"
      data-testid="content-problems"
      className="my-6 rounded-lg border-2 border-red-700 bg-red-50 px-4 py-4 text-red-950 dark:border-red-400 dark:bg-red-950/40 dark:text-red-100"
    >
      <h2 className="text-lg font-bold">{title}</h2>
      <p className="mt-1">{localize("改好文件后刷新页面即可。其他文章不受影响；有错误的文章不会被发布。")}</p>
      <ul className="mt-3 space-y-2 font-mono text-sm">
        {problems.map((problem) => (
          <li key={formatDiagnostic(problem)} className="break-all">
            {formatDiagnostic(problem)}
          </li>
        ))}
      </ul>
    </section>
  );
}
