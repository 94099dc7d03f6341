import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { countErrors, formatDiagnostic, sortDiagnostics, summarize, type Diagnostic } from "./diagnostics";
import { checkAcrossArticles, indexArticles } from "./cross-checks";
import { loadDataFiles } from "./data-files";
import type { ParsedArticle } from "./parse-article";
import type { ArticleFile } from "./parse-files";
import type { Article } from "./schema";
import type { SearchWordsEntry } from "./search-words";
import type { Situation } from "./situations";
import { checkReviewDate } from "./source-checks";
import { chinaToday } from "../dates/calendar-dates";
import { resolvePublicDir } from "./content-dir";

/** Everything read from a content folder: valid articles (newest first), the data files and all problems. */
export interface LoadedContent {
  articles: Article[];
  /** The home page's situations (situations.yaml), each leading to a published section. */
  situations: Situation[];
  /** Readers' everyday words for sections (search-words.yaml). */
  searchWords: SearchWordsEntry[];
  diagnostics: Diagnostic[];
  fileCount: number;
}

/** Parses content files; the site does it in-process, the command-line tools on every core. */
export type ParseFiles = (files: readonly ArticleFile[]) => Promise<ParsedArticle[]>;

/**
 * Reads, parses and renders each file once, in this process: what the site uses. The parser
 * is loaded on first use, so the command-line check, which parses in workers, never loads it
 * (or the HTML renderer) in its main thread.
 */
export const parseFilesHere: ParseFiles = async (files) => (await import("./parse-files")).parseFiles(files, { renderHtml: true });

/** True when a URL path such as `/images/a.png` names a file inside `publicDir`. */
export function publicFileExists(publicDir: string, urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  const file = path.join(publicDir, decoded);
  return file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile();
}

/**
 * Reads and validates every `articles/*.md` file of a content folder, each exactly once,
 * then checks what spans articles (links, aliases, titles, images, review dates) and the data
 * files that point into them (`situations.yaml`, `search-words.yaml`). Files that cannot be
 * articles (other endings, sub-folders) are reported as warnings, never skipped silently.
 */
export async function loadContent(
  contentDir: string,
  {
    publicDir = resolvePublicDir(),
    parseFiles = parseFilesHere,
    today = chinaToday(new Date()),
  }: { publicDir?: string; parseFiles?: ParseFiles; /** YYYY-MM-DD, for the age of review dates. */ today?: string } = {},
): Promise<LoadedContent> {
  const articlesDir = path.join(contentDir, "articles");
  const shown = (name: string) => path.relative(process.cwd(), path.join(articlesDir, name)) || name;
  let entries;
  try {
    entries = await readdir(articlesDir, { withFileTypes: true });
  } catch {
    const diagnostic: Diagnostic = {
      file: path.relative(process.cwd(), articlesDir) || articlesDir,
      line: 1,
      column: 1,
      severity: "error",
      message: "找不到文章目录：请确认 CONTENT_DIR 指向的目录里有 articles 子目录",
    };
    return { articles: [], situations: [], searchWords: [], diagnostics: [diagnostic], fileCount: 0 };
  }

  const diagnostics: Diagnostic[] = [];
  const articleFiles: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    if (entry.isFile() && entry.name.endsWith(".md")) {
      articleFiles.push(entry.name);
    } else {
      const what = entry.isDirectory() ? "子目录里的文件不会被读取" : "只有以 .md 结尾的文件才会发布";
      diagnostics.push({ file: shown(entry.name), line: 1, column: 1, severity: "warning", message: `${what}：请把文章直接放在 articles 目录里，文件名以 .md 结尾` });
    }
  }

  const parsed = await parseFiles(articleFiles.map((name) => ({ file: shown(name), path: path.join(articlesDir, name) })));
  const articles = parsed.flatMap((result) => (result.article ? [result.article] : []));
  diagnostics.push(...parsed.flatMap((result) => result.diagnostics));
  diagnostics.push(...checkAcrossArticles(parsed, { publicFileExists: (urlPath) => publicFileExists(publicDir, urlPath) }));
  diagnostics.push(...checkReviewDates(parsed, today));
  const { situations, searchWords, diagnostics: dataFileDiagnostics } = await loadDataFiles(contentDir, indexArticles(parsed));
  diagnostics.push(...dataFileDiagnostics);
  return { articles: sortNewestFirst(articles), situations, searchWords, diagnostics: sortDiagnostics(diagnostics), fileCount: articleFiles.length };
}

/** The review-date warnings of every valid article (see `checkReviewDate`). */
function checkReviewDates(parsed: readonly ParsedArticle[], today: string): Diagnostic[] {
  return parsed.flatMap(({ file, article, sources }) =>
    article && sources
      ? checkReviewDate({ reviewed: article.reviewed, citesRules: sources.citesRules }, { reviewedAt: sources.reviewedAt, start: { line: 1, column: 1 } }, today).map(
          ({ at, severity, message }) => ({ file, line: at.line, column: at.column, severity, message }),
        )
      : [],
  );
}

/** Newest first by publication date; the slug breaks ties so the order is stable. */
export function sortNewestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** Drafts are for preview only: they are dropped unless `includeDrafts` is set. */
export function selectVisible(articles: readonly Article[], includeDrafts: boolean): Article[] {
  return includeDrafts ? [...articles] : articles.filter((article) => !article.draft);
}

/** Thrown when a page needs content that has errors: its message is the full report. */
export class ContentError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[], fileCount: number) {
    super([...diagnostics.map(formatDiagnostic), summarize(diagnostics, fileCount)].join("\n"));
    this.name = "ContentError";
  }
}

/** The articles of a folder, or a ContentError listing every problem if any file has an error. */
export async function loadValidContent(contentDir: string): Promise<LoadedContent> {
  const content = await loadContent(contentDir);
  if (countErrors(content.diagnostics) > 0) throw new ContentError(content.diagnostics, content.fileCount);
  return content;
}
