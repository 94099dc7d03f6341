import { PAGE_ANCHOR_IDS } from "@/lib/content/anchors";
import { localize } from "@/lib/script/request-script";
import { siteConfig } from "@/lib/site-config";
import { TitledPanel } from "./titled-panel";

/**
 * Where to reach a human at the lender. The site is not the lender: the block sends readers
 * to the channels published inside the official app, and a phone number that has not been
 * configured is visibly a placeholder.
 */
export function ContactBlock() {
  const { appPath, phone, phoneIsPlaceholder } = siteConfig.contact;
  return (
    <TitledPanel
      as="aside"
      id={PAGE_ANCHOR_IDS.contact}
      title={localize("联系官方客服")}
      testId="contact-block"
      className="border-2 border-blue-700 dark:border-sky-400"
    >
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="font-bold">{localize("人工客服入口")}</dt>
          <dd>
            {localize(appPath)}
            <span className="block text-[0.9375rem] text-zinc-700 dark:text-zinc-300">
              {localize("不同版本的入口名称可能是“客服中心”或“帮助与反馈”，在“我的”页面里找“客服”即可。")}
            </span>
          </dd>
        </div>
        <div>
          <dt className="font-bold">{localize("客服电话")}</dt>
          <dd>
            <span className="font-mono">{phone}</span>
            {phoneIsPlaceholder ? (
              <>
                <span className="ml-2 rounded bg-zinc-200 px-1.5 py-0.5 text-sm font-bold text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100">
                  {localize("示例/占位")}
                </span>
                <span className="block text-[0.9375rem] text-zinc-700 dark:text-zinc-300">
                  {localize("这是占位号码，不是真实电话，请不要拨打。官方客服电话以支付宝 App 内公布的为准。")}
                </span>
              </>
            ) : (
              <span className="block text-[0.9375rem] text-zinc-700 dark:text-zinc-300">
                {localize("拨打前请在支付宝 App 内核对这个号码。")}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <p className="mt-4 rounded bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
        {localize("只使用支付宝 App 内公布的官方渠道。还款只在 App 里操作，不要把钱转到任何个人账户或“安全账户”，不要告诉任何人验证码，也不要付费找“代理协商”“征信修复”。")}
      </p>
    </TitledPanel>
  );
}
