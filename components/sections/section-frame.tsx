import type { ReactNode } from "react";
import type { Section } from "@/lib/content/schema";
import { languageTag } from "@/lib/script/in-script";
import { localize, otherScript, scriptPath } from "@/lib/script/request-script";
import { reportLinkHref } from "@/lib/reports/report-link";
import { ProseHtml } from "../prose-html";
import { SiteLink } from "../site-link";

/** The props of every section component: the section, and the path of its article (`/articles/<slug>`). */
export interface SectionProps<K extends Section["kind"]> {
  section: Extract<Section, { kind: K }>;
  articlePath: string;
}

interface SectionFrameProps extends SectionProps<Section["kind"]> {
  className?: string;
  /** A small label above the heading. */
  eyebrow?: string;
  children: ReactNode;
}

/**
 * The shell every section shares: a `<section>` named by its `##` heading, whose id is the
 * anchor `/articles/<slug>#<id>` lands on, a link to that anchor and one to the same section in
 * the other script, the intro and closing prose of list sections, and a link that opens the
 * report form for this section.
 */
export function SectionFrame({ section, articlePath, className = "space-y-4", eyebrow, children }: SectionFrameProps) {
  const hasProse = "intro" in section;
  return (
    <section aria-labelledby={section.id} data-kind={section.kind} className={className}>
      {eyebrow ? <p className="text-sm font-bold text-blue-900 dark:text-sky-200">{eyebrow}</p> : null}
      <div className="group flex items-baseline gap-2">
        <h2 id={section.id} className="peer text-xl font-bold leading-snug sm:text-2xl">
          {section.title}
        </h2>
        <a
          href={`#${section.id}`}
          aria-label={localize("本节链接：{title}", { title: section.title })}
          className="text-lg text-blue-800 no-underline opacity-0 group-hover:opacity-100 focus:opacity-100 dark:text-sky-300 print:hidden"
        >
          #
        </a>
        <SectionScriptSwitch section={section} articlePath={articlePath} />
      </div>
      {hasProse ? <ProseHtml html={section.intro} /> : null}
      {children}
      {hasProse ? <ProseHtml html={section.outro} /> : null}
      <p className="text-right text-sm print:hidden">
        <SiteLink href={reportLinkHref(articlePath, section.id)} className="text-zinc-700 underline underline-offset-4 dark:text-zinc-300">
          {localize("这一节有错误？告诉我们")}
          <span className="sr-only">{localize("（{title}）", { title: section.title })}</span>
        </SiteLink>
      </p>
    </section>
  );
}

/**
 * The same section in the other script. The page's language switch keeps the section only
 * when JavaScript runs (the fragment never reaches the server); this link carries it in its
 * href. So that it does not crowd headings on a phone, it takes no room until the section is
 * the page's target (the reader came through a contents link or a shared section link), the
 * heading row is hovered, or the link has keyboard focus; its name says which section it is.
 */
function SectionScriptSwitch({ section, articlePath }: SectionProps<Section["kind"]>) {
  const target = otherScript();
  return (
    <a
      href={`${scriptPath(target, articlePath)}#${section.id}`}
      hrefLang={languageTag(target)}
      data-testid="section-script-switch"
      className="sr-only shrink-0 text-sm text-link peer-target:not-sr-only group-hover:not-sr-only focus:not-sr-only print:hidden"
    >
      <span className="sr-only">{localize("“{title}”这一节的", { title: section.title })}</span>
      <span lang={languageTag(target)}>{target === "zh-Hant" ? "繁體版" : "简体版"}</span>
    </a>
  );
}
