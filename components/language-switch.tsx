import { languageTag } from "@/lib/script/in-script";
import { otherScript, scriptPath } from "@/lib/script/request-script";

/**
 * A link to the same page in the other script. Section anchors are the same in both, and with
 * JavaScript the share bar's script adds the section the reader is at (`data-keep-hash`);
 * without it, each article section has its own switch (components/sections/section-frame.tsx).
 */
export function LanguageSwitch({ path }: { path: string }) {
  const target = otherScript();
  return (
    <p className="text-sm print:hidden">
      <a
        href={scriptPath(target, path)}
        hrefLang={languageTag(target)}
        lang={languageTag(target)}
        data-keep-hash
        data-testid="language-switch"
        className="text-link"
      >
        {target === "zh-Hant" ? "繁體中文版" : "简体中文版"}
      </a>
    </p>
  );
}
