import { localize } from "@/lib/script/request-script";
import { SiteLink } from "./site-link";

interface NotFoundMessageProps {
  title?: string;
  explanation?: string;
  /** Where the reader can go instead. */
  link?: { href: string; text: string };
}

/**
 * What a reader sees where the site has nothing to show, in the page's script: by default, at
 * an address the site does not have.
 */
export function NotFoundMessage({
  title = "找不到这个页面",
  explanation = "链接可能输错了，或者这篇文章已经换了地址。",
  link = { href: "/", text: "回到首页，查看全部文章" },
}: NotFoundMessageProps) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{localize(title)}</h1>
      <p>{localize(explanation)}</p>
      <p>
        <SiteLink href={link.href} className="font-bold text-link">
          {localize(link.text)}
        </SiteLink>
      </p>
    </div>
  );
}
