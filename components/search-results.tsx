import type { PassageSegment, SearchResponse } from "@/lib/search";
import { localize, localizePieces } from "@/lib/script/request-script";
import { SECTION_KIND_LABELS } from "@/lib/site/kind-labels";
import { SiteLink } from "./site-link";

/**
 * The answer to a search: the matching sections with their passages, or what to do when there
 * are none. The reader's words appear only in the search box above (and as the marked hits,
 * which are the site's own text): a sentence that repeated them would let a link make this
 * site say anything, such as a fake customer-service number, on its own domain.
 */
export function SearchResults({ response }: { response: SearchResponse }) {
  if (response.kind === "empty") {
    return <p>{localize("输入想查的词，例如“罚息”“征信”“协商”或“分期”，就能找到讲到它的段落。")}</p>;
  }
  if (response.results.length === 0) {
    return (
      <div className="space-y-2" data-testid="search-no-results">
        <p>
          {localize("没有找到相关的段落。可以把搜索框里的词换得更短、更常见一些，或者从")}
          <SiteLink href="/" className="text-link">
            {localize("全部文章")}
          </SiteLink>
          {localize("里找。")}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p>
        {localize(response.truncated ? "找到 {count} 处相关的内容（搜索词太长，只用了前 100 个字）：" : "找到 {count} 处相关的内容：", {
          count: response.results.length,
        })}
      </p>
      <ol className="space-y-4" data-testid="search-results">
        {response.results.map((result) => (
          <li key={result.href} className="rounded-lg border border-zinc-200 px-4 py-3 dark:border-zinc-800">
            <h2 className="text-lg font-bold">
              <SiteLink href={result.href} className="text-blue-800 underline-offset-4 hover:underline dark:text-sky-300">
                {localize(result.sectionTitle ? `${result.articleTitle} › ${result.sectionTitle}` : result.articleTitle)}
              </SiteLink>
            </h2>
            {result.kind !== "general" && result.kind !== "lead" ? (
              <p className="text-sm text-zinc-700 dark:text-zinc-300">{localize(SECTION_KIND_LABELS[result.kind])}</p>
            ) : null}
            <Passage segments={result.passage} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A passage with its hits marked, converted as one text (a hit can cut a word in two). */
function Passage({ segments }: { segments: readonly PassageSegment[] }) {
  const texts = localizePieces(segments.map((segment) => segment.text));
  return (
    <p className="mt-1 text-zinc-800 dark:text-zinc-200">
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-zinc-900 dark:bg-yellow-300">
            {texts[index]}
          </mark>
        ) : (
          <span key={index}>{texts[index]}</span>
        ),
      )}
    </p>
  );
}
