import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { localize } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site/config";
import { PlaceholderBadge } from "./placeholder-badge";
import { TitledPanel } from "./titled-panel";

/**
 * Where to reach a human at the lender, saying what the articles say: the route inside the
 * 支付宝 app first, then the number 支付宝 publishes (95188, to be confirmed in the app). This
 * site is not the lender; its own line comes last, set apart, and stays visibly a placeholder
 * until the deployer configures it.
 */
export function ContactBlock() {
  const { appPath, officialPhone, phone, phoneIsPlaceholder } = siteConfig.contact;
  const note = "block text-[0.9375rem] text-zinc-700 dark:text-zinc-300";
  return (
    <TitledPanel
      as="aside"
      id={PAGE_ANCHOR_IDS.contact}
      title={localize("怎样联系借呗官方客服")}
      testId="contact-block"
      className="border-2 border-blue-700 dark:border-sky-400"
    >
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="font-bold">{localize("首选：支付宝 App 里的人工客服")}</dt>
          <dd data-testid="contact-app-path">
            {localize(appPath)}
            <span className={note}>{localize("不同版本的入口名称可能是“客服中心”或“帮助与反馈”，在“我的”页面里找“客服”即可。")}</span>
          </dd>
        </div>
        <div>
          <dt className="font-bold">{localize("支付宝公布的客服电话")}</dt>
          <dd data-testid="contact-official-phone">
            <span className="font-mono text-lg font-bold">{officialPhone}</span>
            <span className={note}>
              {localize("拨打前请先在支付宝 App 里核对这个号码。别人发给你的“客服电话”、短信里的号码，一律不要拨。")}
            </span>
          </dd>
        </div>
      </dl>
      <p className="mt-4 rounded bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
        {localize(
          "只使用支付宝 App 内公布的官方渠道。还款只在 App 里操作，不要把钱转到任何个人账户或“安全账户”，不要告诉任何人验证码，也不要付费找“代理协商”“征信修复”。",
        )}
      </p>
      <div className="mt-4 border-t border-zinc-300 pt-3 text-[0.9375rem] dark:border-zinc-700" data-testid="contact-site-line">
        <p>
          <span className="font-bold">{localize("本站电话")}</span>
          {localize("（本站与支付宝、借呗无关，只解答本站内容的问题，不能查询或办理借款）：")}
          <span className="whitespace-nowrap font-mono">{phone}</span>
          {phoneIsPlaceholder ? <PlaceholderBadge /> : null}
        </p>
        {phoneIsPlaceholder ? (
          <p className="text-zinc-700 dark:text-zinc-300">{localize("这是占位号码，网站部署者还没有设置，请不要拨打。")}</p>
        ) : null}
      </div>
    </TitledPanel>
  );
}
