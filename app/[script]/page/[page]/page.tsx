import type { Metadata } from "next";
import { enterScript, localize } from "@/lib/script/request-script";
import { notFound } from "next/navigation";
import { ArticleListPage } from "@/components/article-list-page";
import { listArticles } from "@/lib/site/articles";
import { pageMetadata } from "@/lib/site/page-metadata";
import { ARTICLES_PER_PAGE, paginate } from "@/lib/site/pagination";

interface ListPageProps {
  params: Promise<{ script: string; page: string }>;
}

/** Pages 2 and up of the article list; page 1 is the home page. All prerendered. */
export const dynamicParams = false;

export async function generateStaticParams() {
  const pageCount = Math.ceil((await listArticles()).length / ARTICLES_PER_PAGE);
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  await enterScript(params);
  const { page } = await params;
  return pageMetadata({ path: `/page/${page}`, title: `全部文章 · 第 ${page} 页` });
}

export default async function ListPage({ params }: ListPageProps) {
  await enterScript(params);
  const number = Number((await params).page);
  const page = number >= 2 ? paginate(await listArticles(), number) : undefined;
  if (!page) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{localize("全部文章")}</h1>
      <ArticleListPage page={page} />
    </>
  );
}
