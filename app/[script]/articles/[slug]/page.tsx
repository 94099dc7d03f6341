import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleHeader } from "@/components/article-header";
import { ArticleSources } from "@/components/article-sources";
import { ContactBlock } from "@/components/contact-block";
import { ContentProblems } from "@/components/content-problems";
import { JsonLd } from "@/components/json-ld";
import { LanguageSwitch } from "@/components/language-switch";
import { HelpfulWidget } from "@/components/reports/helpful-widget";
import { ShareBar } from "@/components/share-bar";
import { StaticHtml } from "@/components/static-html";
import { ProseHtml } from "@/components/prose-html";
import { ArticleSection } from "@/components/sections/article-section";
import { TableOfContents } from "@/components/table-of-contents";
import { isScript, localPath, localize, requestScript, scriptFrom, setRequestScript } from "@/lib/script/request-script";
import { getAliasTarget, getArticleInScript, getArticleProblems, listArticles } from "@/lib/site/articles";
import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { articleMetadata } from "@/lib/site/page-metadata";
import { prerenderedArticleSlugs } from "@/lib/site/pages";
import { articleStructuredData } from "@/lib/site/structured-data";
import { absoluteUrl, articlePath } from "@/lib/site/url";

interface ArticlePageProps {
  params: Promise<{ script: string; slug: string }>;
}

/**
 * The newest articles of each script and all aliases are prerendered (`prerenderedArticleSlugs`);
 * the others are rendered on their first request and kept by Next.
 * `npm start` answers a slug that is not published with the 404 page before Next sees it
 * (lib/server/not-found-gate.ts), so made-up names are never rendered or kept.
 */
export const dynamicParams = true;

export async function generateStaticParams({ params }: { params: { script: string } }) {
  return prerenderedArticleSlugs(scriptFrom(params.script), await listArticles()).map((slug) => ({ slug }));
}

/** The article behind `slug` in the page's script, which this sets for the render; none under a `script` that is not one. */
async function articleInScript({ script, slug }: { script: string; slug: string }) {
  if (!isScript(script)) return undefined;
  setRequestScript(script);
  return getArticleInScript(slug, requestScript());
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await articleInScript(await params);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { script, slug } = await params;
  const article = await articleInScript({ script, slug });
  if (!article) {
    if (!isScript(script)) notFound();
    const target = await getAliasTarget(slug);
    if (target) permanentRedirect(localPath(`/articles/${target.slug}`));
    const problems = await getArticleProblems(slug);
    if (problems.length === 0) notFound();
    return <ContentProblems problems={problems} title={localize("这篇文章有错误，暂时无法显示")} />;
  }
  const path = articlePath(article.slug);
  return (
    <StaticHtml as="article" className="space-y-8">
      <LanguageSwitch path={path} />
      <ArticleHeader article={article} />
      <div id={PAGE_ANCHOR_IDS.lead}>
        <ProseHtml html={article.leadHtml} />
      </div>
      <TableOfContents sections={article.sections} />
      {article.sections.map((section) => (
        <ArticleSection key={section.id} section={section} articlePath={path} />
      ))}
      <ArticleSources sources={article.sources} reviewed={article.reviewed} />
      <HelpfulWidget slug={article.slug} />
      <ShareBar url={absoluteUrl(localPath(path))} title={article.title} />
      <ContactBlock />
      <JsonLd data={articleStructuredData(article, requestScript())} />
    </StaticHtml>
  );
}
