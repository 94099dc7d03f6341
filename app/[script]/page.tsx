import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { ArticleListPage } from "@/components/article-list-page";
import { ContentProblems } from "@/components/content-problems";
import { listArticles, listContentProblems, listSituations } from "@/lib/site/articles";
import { SituationList } from "@/components/situation-list";
import { ToolList } from "@/components/tool-list";
import { pageMetadata } from "@/lib/site/page-metadata";
import { paginate } from "@/lib/site/pagination";

/** Prerendered in both scripts (the layout's `generateStaticParams`); nothing else is rendered here. */
export const dynamicParams = false;

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return pageMetadata({ path: "/" });
}

export default async function HomePage({ params }: ScriptPageProps) {
  await enterScript(params);
  const page = paginate(await listArticles(), 1);
  return (
    <>
      <LanguageSwitch path={"/"} />
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("借呗逾期了，先别慌")}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        {localize(
          "这里用平实的话讲清楚：逾期意味着什么、接下来会发生什么、现在该做什么，以及怎样通过支付宝 App 里的官方渠道协商。不收费，不代办，不推荐任何“协商代理”。",
        )}
      </p>
      <SituationList situations={await listSituations()} />
      <ContentProblems problems={await listContentProblems()} title={localize("有内容文件存在错误：出错的文章和条目没有显示")} />
      <ToolList />
      {page ? <ArticleListPage page={page} /> : null}
    </>
  );
}
