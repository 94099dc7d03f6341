import { readFile } from "node:fs/promises";
import { renderBlocks } from "./markdown";
import { parseArticle, type ParsedArticle } from "./parse-article";

/** A content file to parse: its path as shown in messages, and where to read it. */
export interface ArticleFile {
  file: string;
  path: string;
}

/** Whether to render HTML (for pages) or only check (for `content:check`). */
export interface ParseMode {
  renderHtml: boolean;
}

/** Reads and parses each file once, in this process. */
export function parseFiles(files: readonly ArticleFile[], { renderHtml }: ParseMode): Promise<ParsedArticle[]> {
  const options = renderHtml ? { render: renderBlocks } : {};
  return Promise.all(files.map(async ({ file, path }) => parseArticle(file, await readFile(path), options)));
}
