import type { Metadata } from "next";
import { PageShell } from "@/components/page-shell";
import { SiteLink } from "@/components/site-link";
import "./globals.css";

export const metadata: Metadata = { title: "页面不存在 · 借呗逾期指南", icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } } };

/** Any URL no route knows: the Chinese not-found page inside the site's own frame. */
export default function GlobalNotFound() {
  return (
    <PageShell lang="zh-CN">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold sm:text-3xl">找不到这个页面</h1>
        <p>链接可能输错了，或者这篇文章已经换了地址。</p>
        <p>
          <SiteLink href="/" className="font-bold text-blue-800 underline underline-offset-4 dark:text-sky-300">
            回到首页，查看全部文章
          </SiteLink>
        </p>
      </div>
    </PageShell>
  );
}
