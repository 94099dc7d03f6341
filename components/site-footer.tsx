import { SiteLink } from "./site-link";
import { localize } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";
import { ReportEmail } from "./report-email";

export function SiteFooter() {
  return (
    <footer
      data-testid="site-footer"
      className="mt-12 border-t border-zinc-200 bg-zinc-50 text-[0.9375rem] text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300"
    >
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 sm:px-6">
        <p>
          <strong className="text-zinc-900 dark:text-zinc-100">{localize(`${siteConfig.name}是独立网站`)}</strong>
          {localize("，与支付宝、蚂蚁集团及其关联公司没有任何隶属、合作或代理关系，也不提供贷款或“代理协商”服务。")}
        </p>
        <p>{localize("内容仅供参考，不构成法律意见；你的借款合同和支付宝 App 里显示的信息才是准确的。")}</p>
        <p className="print:hidden">
          {localize("发现侵权、错误或涉及个人信息的内容？请看")}{" "}
          <SiteLink href="/takedown" className="text-link">
            {localize("举报与纠错")}
          </SiteLink>
          {localize("，或发邮件到")} <ReportEmail />。
        </p>
      </div>
    </footer>
  );
}
