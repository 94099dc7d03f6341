import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { checkBody, type Reference } from "./body-checks";
import { decodeSource } from "./decode-source";
import { sortDiagnostics, type Diagnostic, type Point } from "./diagnostics";
import { parseFrontmatter } from "./frontmatter";
import { parseMarkdown } from "./parse-markdown";
import { error, warning, type Problem } from "./problem";
import { ArticleSchema, SLUG_PATTERN, countCharacters, type Article, type Frontmatter } from "./schema";
import { buildBody, type RenderBlocks } from "./sections";
import { checkCitedRules, citedRules } from "./source-checks";

/** Where the parts that other articles can collide with or point at were written. */
export interface ArticleSources {
  titleAt: Point;
  aliasesAt: Point[];
  references: Reference[];
  /** Where `reviewed` is written (the top of the file when it is missing). */
  reviewedAt: Point;
  /** True when the article lists sources or names a law or notice: it then needs a review date. */
  citesRules: boolean;
}

/** The outcome of reading one file: the article when it has no errors, and every problem found. */
export interface ParsedArticle {
  file: string;
  article: Article | undefined;
  /** Present with `article`, for the checks across articles. */
  sources: ArticleSources | undefined;
  diagnostics: Diagnostic[];
}

/** Past this a description is cut off in lists and search results. */
export const DESCRIPTION_ADVISED_LENGTH = 120;
/** Below this an article is probably too thin to help anyone. */
export const ARTICLE_ADVISED_MIN_LENGTH = 600;

/** The slug an article file name stands for: its name without `.md`. */
export function slugFromFileName(fileName: string): string {
  return fileName.replace(/\.md$/, "");
}

export interface ParseOptions {
  /**
   * Renders the article's HTML (`renderBlocks` from ./markdown). Without it every check still
   * runs but the HTML fields stay empty: rendering cannot find a mistake, and leaving it (and
   * its libraries) out makes checking a large site much faster.
   */
  render?: RenderBlocks;
}

/**
 * Reads one article file into a validated article. `file` is the path shown in messages
 * (relative to where the editor works); every problem of the file is reported at once.
 */
export function parseArticle(file: string, bytes: Uint8Array, { render = () => ({ html: "", text: "" }) }: ParseOptions = {}): ParsedArticle {
  const problems: Problem[] = [];
  const fileName = file.split(/[\\/]/).at(-1) ?? file;
  const slug = slugFromFileName(fileName);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push(error({ line: 1, column: 1 }, `文件名 "${fileName}" 不能用作网址：只能用小写英文字母、数字和单个连字符，例如 jiebei-overdue-guide.md`));
  }

  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    problems.push(error(decoded.at, "文件不是 UTF-8 编码（可能是 GBK 等旧编码）：请在编辑器里选择“另存为”，编码选 UTF-8，再保存"));
    return { file, article: undefined, sources: undefined, diagnostics: withFile(file, problems) };
  }

  const { root, problems: parserProblems } = parseMarkdown(decoded.text);
  problems.push(...parserProblems);
  const bodyCheck = checkBody(root);
  problems.push(...bodyCheck.problems);
  const cited = citedRules(root);
  const [first, ...rest] = root.children;
  let frontmatter: Frontmatter | undefined;
  let locate: (path: readonly PropertyKey[]) => Point = () => ({ line: 1, column: 1 });
  let bodyNodes: RootContent[] = root.children;
  let bodyStart = { line: 1, column: 1 };
  if (first?.type === "yaml") {
    bodyNodes = rest;
    bodyStart = { line: (first.position?.end.line ?? 1) + 1, column: 1 };
    const result = parseFrontmatter(first.value, (first.position?.start.line ?? 1) + 1);
    if (result.ok) ({ data: frontmatter, locate } = result);
    else problems.push(...result.problems.map((p) => error(p.at, p.message)));
  } else {
    const unclosed = /^---[ \t]*\n/.test(decoded.text);
    problems.push(
      error(
        { line: 1, column: 1 },
        unclosed
          ? "frontmatter 没有结束：请在最后一个字段下面加一行 ---"
          : "文件开头缺少 frontmatter：第一行写 ---，接着写 title、description、date，再写一行 ---",
      ),
    );
  }

  const body = buildBody(bodyNodes, bodyStart, render);
  problems.push(...body.problems);

  if (frontmatter === undefined || problems.some((p) => p.severity === "error")) {
    return { file, article: undefined, sources: undefined, diagnostics: withFile(file, problems) };
  }
  const article = ArticleSchema.parse({
    slug,
    sourcePath: file,
    ...frontmatter,
    leadHtml: body.leadHtml,
    leadText: body.leadText,
    sections: body.sections,
    characterCount: countCharacters(bodyNodes.map((node) => toString(node)).join("").replace(/\s/g, "")),
  });
  const descriptionLength = countCharacters(article.description);
  if (descriptionLength > DESCRIPTION_ADVISED_LENGTH) {
    problems.push(warning(locate(["description"]), `"description" 有 ${descriptionLength} 个字，超过建议的 ${DESCRIPTION_ADVISED_LENGTH} 个字：在列表和搜索结果里会被截断，建议精简到一两句话`));
  }
  if (article.characterCount < ARTICLE_ADVISED_MIN_LENGTH) {
    problems.push(warning(bodyStart, `正文只有 ${article.characterCount} 个字，少于建议的 ${ARTICLE_ADVISED_MIN_LENGTH} 个字：内容可能太单薄，建议补充后再发布`));
  }
  problems.push(...checkCitedRules(cited, article.sources));
  const sources: ArticleSources = {
    titleAt: locate(["title"]),
    aliasesAt: article.aliases.map((_, index) => locate(["aliases", index])),
    references: bodyCheck.references,
    reviewedAt: article.reviewed === undefined ? { line: 1, column: 1 } : locate(["reviewed"]),
    citesRules: article.sources.length > 0 || cited.length > 0,
  };
  return { file, article, sources, diagnostics: withFile(file, problems) };
}

function withFile(file: string, problems: Problem[]): Diagnostic[] {
  return sortDiagnostics(problems.map(({ at, severity, message }) => ({ file, line: at.line, column: at.column, severity, message })));
}
