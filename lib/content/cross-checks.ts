import { closest } from "fastest-levenshtein";
import { PAGE_ANCHOR_IDS } from "./anchors";
import type { Reference } from "./body-checks";
import type { Diagnostic, Point, Severity } from "./diagnostics";
import path from "node:path";
import { slugFromFileName, type ParsedArticle } from "./parse-article";
import type { Article } from "./schema";

/** What the checks across articles need from outside the content: whether a public file exists. */
export interface CrossCheckEnvironment {
  /** True when `urlPath` (e.g. `/images/a.png`) names a file under `public/`. */
  publicFileExists: (urlPath: string) => boolean;
}

/** A parsed article without errors, with where its parts were written. */
export interface ValidArticle {
  file: string;
  article: Article;
  sources: NonNullable<ParsedArticle["sources"]>;
}

const ARTICLE_LINK = /^\/articles\/([^/?#]*)\/?(?:\?[^#]*)?(?:#(.*))?$/;

/**
 * The valid articles of a parse by slug and by alias (the first article to claim an alias keeps
 * it; `checkAcrossArticles` reports the others), and the slugs of files with errors.
 */
export function indexArticles(parsed: readonly ParsedArticle[]): ArticleIndex {
  const valid = parsed.flatMap((p): ValidArticle[] => (p.article && p.sources ? [{ file: p.file, article: p.article, sources: p.sources }] : []));
  const bySlug = new Map(valid.map((v) => [v.article.slug, v]));
  const byAlias = new Map<string, ValidArticle>();
  for (const v of valid) for (const alias of v.article.aliases) if (!bySlug.has(alias) && !byAlias.has(alias)) byAlias.set(alias, v);
  const brokenSlugs = new Set(parsed.filter((p) => !p.article).map((p) => slugFromFileName(path.basename(p.file))));
  return { bySlug, byAlias, brokenSlugs, nearestSlug: slugSuggester([...bySlug.keys()]) };
}

/**
 * The rules that need every article at once: aliases that collide, titles used twice, links
 * to articles or sections that do not exist, and images missing from `public/`.
 */
export function checkAcrossArticles(parsed: readonly ParsedArticle[], env: CrossCheckEnvironment): Diagnostic[] {
  const valid = parsed.flatMap((p): ValidArticle[] => (p.article && p.sources ? [{ file: p.file, article: p.article, sources: p.sources }] : []));
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, at: Point, severity: Severity, message: string) =>
    diagnostics.push({ file, line: at.line, column: at.column, severity, message });

  const index = indexArticles(parsed);
  const claimed = new Map<string, ValidArticle>();
  for (const v of valid) {
    v.article.aliases.forEach((alias, position) => {
      const at = v.sources.aliasesAt[position] ?? { line: 1, column: 1 };
      const owner = index.bySlug.get(alias);
      const earlier = claimed.get(alias);
      if (owner) {
        report(v.file, at, "error", `别名 "${alias}" 和文章 ${owner.file} 的网址相同：请删掉这个别名，或者给那篇文章改名`);
      } else if (earlier === v) {
        report(v.file, at, "error", `别名 "${alias}" 写了两次：请删掉重复的一个`);
      } else if (earlier) {
        report(v.file, at, "error", `别名 "${alias}" 已经被 ${earlier.file} 使用：同一个旧网址只能跳转到一篇文章，请删掉其中一个`);
      } else {
        claimed.set(alias, v);
      }
    });
  }

  const byTitle = new Map<string, ValidArticle[]>();
  for (const v of valid) {
    const same = byTitle.get(v.article.title);
    if (same) same.push(v);
    else byTitle.set(v.article.title, [v]);
  }
  for (const same of byTitle.values()) {
    if (same.length < 2) continue;
    for (const v of same) report(v.file, v.sources.titleAt, "warning", sameTitleMessage(v, same));
  }

  for (const v of valid) {
    for (const reference of v.sources.references) {
      const problem =
        reference.type === "image"
          ? checkImage(reference.url, env)
          : checkLink(reference, v, index);
      if (problem) report(v.file, reference.at, problem.severity, problem.message);
    }
  }
  return diagnostics;
}

/** How many of the other files a message names at most: a title shared by 10,000 files must not make 10,000 messages of 10,000 names. */
export const MAX_NAMED_FILES = 2;

/** The duplicate-title warning of `v`: how many others share its title, and the first few of them. */
function sameTitleMessage(v: ValidArticle, same: readonly ValidArticle[]): string {
  const others = same.length - 1;
  const named = [];
  for (const o of same) {
    if (named.length === MAX_NAMED_FILES) break;
    if (o !== v) named.push(o.file);
  }
  const who = others > named.length ? `另外 ${others.toLocaleString("en-US")} 篇文章相同，例如 ${named.join("、")}` : `${named.join("、")} 相同`;
  return `标题和${others > named.length ? "" : " "}${who}：读者在列表里会分不清，建议改得不同`;
}

/** A problem with a reference, before its file and position are attached. */
export interface Found {
  severity: Severity;
  message: string;
}

function checkImage(url: string, env: CrossCheckEnvironment): Found | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
    return { severity: "error", message: `图片 "${url}" 来自外部网站：请把图片放进 public 目录（例如 public/images/），再用 /images/文件名 引用` };
  }
  if (!url.startsWith("/")) {
    return { severity: "error", message: `图片地址 "${url}" 要以 / 开头，指向 public 目录里的文件，例如 /images/repayment.png` };
  }
  const urlPath = url.split(/[?#]/)[0] ?? url;
  if (!env.publicFileExists(urlPath)) {
    return { severity: "error", message: `找不到图片 "${url}"：请确认文件 public${urlPath} 存在，文件名大小写一致` };
  }
  return undefined;
}

function checkLink({ url, text }: Reference, from: ValidArticle, index: ArticleIndex): Found | undefined {
  if (url.startsWith("#")) return checkFragment(from.article, safeDecode(url.slice(1)), url);
  if (!ARTICLE_LINK.test(url)) return undefined;
  const resolved = resolveArticleLink(url, index, { fromDraft: from.article.draft });
  if (resolved.kind !== "found" || resolved.problem) return resolved.problem;
  return resolved.fragment === undefined ? checkLinkText(text, resolved.target.article) : undefined;
}

/** Every valid article by slug and by alias, and the slugs of files that failed to parse. */
export interface ArticleIndex {
  bySlug: Map<string, ValidArticle>;
  byAlias: Map<string, ValidArticle>;
  /** Files that exist but failed to parse report their own errors; links to them are not blamed. */
  brokenSlugs: Set<string>;
  /** The existing slug nearest to a missing one, for "did you mean"; undefined past the search budget. */
  nearestSlug: (slug: string) => string | undefined;
}

/**
 * How many distinct missing slugs get a "did you mean": each search compares the slug with
 * every article's, so 10,000 files each linking somewhere new would cost 10⁸ comparisons.
 * The same missing slug is searched once, however many links name it.
 */
const SUGGESTION_BUDGET = 200;

/** `nearestSlug` over `slugs`: each missing slug searched once, at most SUGGESTION_BUDGET of them. */
function slugSuggester(slugs: string[]): (slug: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  return (slug) => {
    if (found.has(slug)) return found.get(slug);
    const nearest = slugs.length > 0 && found.size < SUGGESTION_BUDGET ? closest(slug, slugs) : undefined;
    if (found.size < SUGGESTION_BUDGET) found.set(slug, nearest);
    return nearest;
  };
}

/** What a `/articles/<slug>#<id>` address leads to. */
export type ResolvedLink =
  | { kind: "found"; target: ValidArticle; fragment: string | undefined; problem: Found | undefined }
  | { kind: "broken"; problem: undefined }
  | { kind: "missing"; problem: Found };

/**
 * Resolves an article address (`/articles/<slug>`, optionally `#<id>`): the article it leads
 * to, or why it leads nowhere. An address through an old slug, or to a section that does not
 * exist, is found with a problem; a draft is an error unless the link is in a draft itself.
 */
export function resolveArticleLink(url: string, index: ArticleIndex, { fromDraft }: { fromDraft: boolean }): ResolvedLink {
  const match = ARTICLE_LINK.exec(url);
  if (!match) return { kind: "missing", problem: { severity: "error", message: `"${url}" 不是本站文章的地址：请写成 /articles/文件名 或 /articles/文件名#章节锚点` } };
  const slug = safeDecode(match[1] ?? "");
  const target = index.bySlug.get(slug) ?? index.byAlias.get(slug);
  if (!target && index.brokenSlugs.has(slug)) return { kind: "broken", problem: undefined };
  if (!target) {
    const nearest = index.nearestSlug(slug);
    const hint = nearest === undefined ? "" : `你是不是想链接 /articles/${nearest}？`;
    return { kind: "missing", problem: { severity: "error", message: `链接 "${url}" 指向的文章不存在：${hint}请检查文件名（不带 .md）` } };
  }
  const fragment = match[2] === undefined ? undefined : safeDecode(match[2]);
  const found = (problem: Found | undefined): ResolvedLink => ({ kind: "found", target, fragment, problem });
  if (target.article.draft && !fromDraft) {
    return found({ severity: "error", message: `链接 "${url}" 指向草稿 ${target.file}：草稿不会发布，读者会打不开。请等它发布后再加链接` });
  }
  if (!index.bySlug.has(slug)) {
    return found({ severity: "warning", message: `链接 "${url}" 用的是旧网址，会跳转到 /articles/${target.article.slug}：建议直接改成新网址` });
  }
  return found(fragment === undefined ? undefined : checkFragment(target.article, fragment, url));
}

/**
 * The part of a title before its first full-width colon: 《借呗逾期的后果：征信、罚息…》 may be
 * linked as 借呗逾期的后果.
 */
export function shortTitle(title: string): string {
  return title.split("：")[0]?.trim() ?? title;
}

/**
 * A link to an article's top must say where it leads: the target's title, or its short title.
 * A reader who follows 逾期后果详解 and lands on 借呗逾期的后果 wonders whether it is the page
 * promised. Links to a section (`#…`) describe the section and may say anything.
 */
function checkLinkText(text: string, target: Article): Found | undefined {
  const shown = text.trim();
  if (shown === target.title || shown === shortTitle(target.title)) return undefined;
  const short = shortTitle(target.title);
  const either = short === target.title ? `“${target.title}”` : `完整标题“${target.title}”，或者冒号前的“${short}”`;
  return { severity: "warning", message: `链接文字“${shown}”和文章 ${target.slug} 的标题不一致：读者会以为是另一篇文章。请写${either}` };
}

function checkFragment(target: Article, fragment: string, url: string): Found | undefined {
  const ids = [...target.sections.map((section) => section.id), ...Object.values(PAGE_ANCHOR_IDS)];
  if (fragment === "" || ids.includes(fragment)) return undefined;
  const available = target.sections.map((section) => `#${section.id}`).join("、");
  return { severity: "error", message: `链接 "${url}" 的 #${fragment} 在文章 ${target.slug} 里不存在：可用的章节锚点有 ${available}` };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
