import { SearchForm } from "./search-form";
import { localize } from "@/lib/script/request-script";
import { SiteLink } from "./site-link";
import { siteConfig } from "@/lib/site/config";
import { READER_TOOLS } from "@/lib/tools/reader-tools";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 sm:px-6">
        <SiteLink href="/" className="text-lg font-bold text-zinc-900 no-underline dark:text-zinc-50">
          {localize(siteConfig.name)}
        </SiteLink>
        <nav aria-label={localize("网站导航")} className="print:hidden">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base">
            <li>
              <SiteLink href="/" className="text-blue-800 underline-offset-4 hover:underline dark:text-sky-300">
                {localize("全部文章")}
              </SiteLink>
            </li>
            {READER_TOOLS.map((tool) => (
              <li key={tool.path}>
                <SiteLink href={tool.path} className="text-blue-800 underline-offset-4 hover:underline dark:text-sky-300">
                  {localize(tool.shortName)}
                </SiteLink>
              </li>
            ))}
            <li>
              <SiteLink href="/takedown" className="text-blue-800 underline-offset-4 hover:underline dark:text-sky-300">
                {localize("举报与纠错")}
              </SiteLink>
            </li>
          </ul>
        </nav>
        <div className="w-full print:hidden">
          <SearchForm compact />
        </div>
      </div>
    </header>
  );
}
