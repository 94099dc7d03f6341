import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { getArticle } from "@/lib/site/articles";
import { reportLinkHref } from "@/lib/reports/report-link";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";
import { articlePath } from "@/lib/site/url";
import { firstValue, type RawFields } from "@/lib/forms/form-input";

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return { title: localize("谢谢你的反馈"), robots: { index: false, follow: false } };
}

/**
 * After a "was this helpful?" answer without JavaScript: thanks, and the way back to the
 * article (to the home page when the address names no article).
 */
export default async function FeedbackThanksPage({ params, searchParams }: ScriptPageProps & { searchParams: Promise<RawFields> }) {
  await enterScript(params);
  const article = await getArticle(firstValue((await searchParams).article));
  const link = "font-bold text-link";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("谢谢你的反馈")}</h1>
      <p>{localize("编辑会定期查看大家的反馈，用来决定哪些文章需要写得更清楚。")}</p>
      {article ? (
        <>
          <p>
            {localize("发现了具体的错误？请")}{" "}
            <SiteLink href={reportLinkHref(articlePath(article.slug))} className={link}>
              {localize("报告错误")}
            </SiteLink>
            {localize("，写清楚哪里不对。")}
          </p>
          <p>
            <SiteLink href={articlePath(article.slug)} className={link}>
              {localize(`回到《${article.title}》`)}
            </SiteLink>
          </p>
        </>
      ) : (
        <p>
          <SiteLink href="/" className={link}>
            {localize("回到首页")}
          </SiteLink>
        </p>
      )}
    </div>
  );
}
