import { localize } from "@/lib/script/request-script";
import { READER_TOOLS } from "@/lib/tools/reader-tools";
import { SiteLink } from "./site-link";

/** The three reader tools with a line on what each does, for the home page. */
export function ToolList() {
  return (
    <section aria-labelledby="tools" data-testid="tool-list" className="mt-8">
      <h2 id="tools" className="text-lg font-bold">
        {localize("实用工具")}
      </h2>
      <ul className="mt-2 space-y-2">
        {READER_TOOLS.map((tool) => (
          <li key={tool.path}>
            <SiteLink href={tool.path} className="text-link font-bold">
              {localize(tool.title)}
            </SiteLink>
            <span className="block text-[0.9375rem] text-zinc-700 dark:text-zinc-300">{localize(tool.summary)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
