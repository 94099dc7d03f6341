import { localize } from "@/lib/script/request-script";
import { SiteLink } from "./site-link";

/** What a reader sees at an address the site does not have, in the page's script. */
export function NotFoundMessage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{localize("找不到这个页面")}</h1>
      <p>{localize("链接可能输错了，或者这篇文章已经换了地址。")}</p>
      <p>
        <SiteLink href="/" className="font-bold text-blue-800 underline underline-offset-4 dark:text-sky-300">
          {localize("回到首页，查看全部文章")}
        </SiteLink>
      </p>
    </div>
  );
}
