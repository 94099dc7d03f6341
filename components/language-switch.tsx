import { requestScript, scriptPath } from "@/lib/script/request-script";

/**
 * A link to the same page in the other script. Section anchors are the same in both, and with
 * JavaScript the share bar's script adds the section the reader is at (`data-keep-hash`).
 */
export function LanguageSwitch({ path }: { path: string }) {
  const toTraditional = requestScript() === "zh-Hans";
  return (
    <p className="text-sm print:hidden">
      <a
        href={scriptPath(toTraditional ? "zh-Hant" : "zh-Hans", path)}
        hrefLang={toTraditional ? "zh-Hant" : "zh-CN"}
        lang={toTraditional ? "zh-Hant" : "zh-CN"}
        data-keep-hash
        data-testid="language-switch"
        className="text-blue-800 underline underline-offset-4 dark:text-sky-300"
      >
        {toTraditional ? "繁體中文版" : "简体中文版"}
      </a>
    </p>
  );
}
