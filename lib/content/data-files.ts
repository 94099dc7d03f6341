import { readFile } from "node:fs/promises";
import path from "node:path";
import { resolveArticleLink, type ArticleIndex } from "./cross-checks";
import { decodeSource } from "./decode-source";
import type { Diagnostic, Point, Severity } from "./diagnostics";
import { error } from "./problem";
import { parseSearchWords, SEARCH_WORDS_FILE, TOO_GENERAL_WORDS, type SearchWordsEntry } from "./search-words";
import { ADVISED_MIN_SITUATIONS, parseSituations, SITUATIONS_FILE, type Situation } from "./situations";
import type { YamlListFile } from "./yaml-list-file";

/** The content files besides articles, validated against the articles they point at. */
export interface DataFiles {
  /** The situations the home page opens with, each pointing at a published section. */
  situations: Situation[];
  /** Readers' everyday words, each entry pointing at a published section or article. */
  searchWords: SearchWordsEntry[];
  diagnostics: Diagnostic[];
}

type Report = (at: Point, severity: Severity, message: string) => void;

/** How two words are compared: full-width letters as ASCII, one case, no spaces. */
function normalizeWord(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/**
 * Reads `situations.yaml` and `search-words.yaml` from the content folder and checks every
 * target against the articles: an entry whose target does not lead to a published section is
 * an error where the target is written, and is left out. A missing situations file is a
 * warning (the home page then opens with the article list); a missing words file is fine.
 */
export async function loadDataFiles(contentDir: string, index: ArticleIndex): Promise<DataFiles> {
  const diagnostics: Diagnostic[] = [];
  const situationsFile = await readListFile(contentDir, SITUATIONS_FILE, parseSituations, diagnostics);
  const wordsFile = await readListFile(contentDir, SEARCH_WORDS_FILE, parseSearchWords, diagnostics);

  if (situationsFile === "missing") {
    diagnostics.push({
      file: shownPath(contentDir, SITUATIONS_FILE),
      line: 1,
      column: 1,
      severity: "warning",
      message: `没有 ${SITUATIONS_FILE}：首页不会显示“你现在遇到的是哪种情况？”。请按编辑指南新建这个文件`,
    });
  }
  const situations = situationsFile === "missing" ? [] : checkSituations(situationsFile, index, reporter(diagnostics, shownPath(contentDir, SITUATIONS_FILE)));
  const searchWords = wordsFile === "missing" ? [] : checkSearchWords(wordsFile, index, reporter(diagnostics, shownPath(contentDir, SEARCH_WORDS_FILE)));
  return { situations, searchWords, diagnostics };
}

function shownPath(contentDir: string, name: string): string {
  const file = path.join(contentDir, name);
  return path.relative(process.cwd(), file) || file;
}

function reporter(diagnostics: Diagnostic[], file: string): Report {
  return (at, severity, message) => diagnostics.push({ file, line: at.line, column: at.column, severity, message });
}

/** Reads and parses one list file; its own problems go straight to `diagnostics`. */
async function readListFile<T>(
  contentDir: string,
  name: string,
  parse: (text: string) => YamlListFile<T>,
  diagnostics: Diagnostic[],
): Promise<YamlListFile<T> | "missing"> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(contentDir, name));
  } catch {
    return "missing";
  }
  const decoded = decodeSource(bytes);
  const parsed: YamlListFile<T> = decoded.ok
    ? parse(decoded.text)
    : {
        entries: [],
        problems: [error(decoded.at, "文件不是 UTF-8 编码（可能是 GBK 等旧编码）：请在编辑器里选择“另存为”，编码选 UTF-8，再保存")],
        locate: () => ({ line: 1, column: 1 }),
      };
  const report = reporter(diagnostics, shownPath(contentDir, name));
  for (const problem of parsed.problems) report(problem.at, problem.severity, problem.message);
  return parsed;
}

/**
 * The target's problem, if any, reported where it is written. True when readers can follow it:
 * it leads to a published article and, with `#id`, to one of its sections.
 */
function checkTarget(target: string, at: Point, index: ArticleIndex, report: Report): boolean {
  const resolved = resolveArticleLink(target, index, { fromDraft: false });
  if (resolved.problem) report(at, resolved.problem.severity, resolved.problem.message);
  return resolved.kind === "found" && resolved.problem?.severity !== "error";
}

function checkSituations(file: YamlListFile<Situation>, index: ArticleIndex, report: Report): Situation[] {
  const labels = new Map<string, number>();
  const targets = new Map<string, number>();
  const shown = file.entries.filter(({ entry: situation, position }) => {
    const labelAt = file.locate([position, "label"]);
    const earlierLabel = labels.get(situation.label);
    if (earlierLabel !== undefined) {
      report(labelAt, "error", `第 ${position + 1} 项的 label "${situation.label}" 和第 ${earlierLabel + 1} 项相同：读者分不清该点哪一个，请改得不同或合并`);
      return false;
    }
    labels.set(situation.label, position);
    const targetAt = file.locate([position, "target"]);
    const earlierTarget = targets.get(situation.target);
    if (earlierTarget !== undefined) {
      report(targetAt, "warning", `第 ${position + 1} 项和第 ${earlierTarget + 1} 项指向同一个章节：如果回答的是同一件事，请合并成一项`);
    }
    targets.set(situation.target, position);
    return checkTarget(situation.target, targetAt, index, report);
  });
  if (file.problems.length === 0 && file.entries.length < ADVISED_MIN_SITUATIONS) {
    report(file.locate([]), "warning", `只有 ${file.entries.length} 种情况，建议写 ${ADVISED_MIN_SITUATIONS}–8 种：读者最常遇到的几种处境都应该能在首页一眼找到`);
  }
  return shown.map(({ entry }) => entry);
}

function checkSearchWords(file: YamlListFile<SearchWordsEntry>, index: ArticleIndex, report: Report): SearchWordsEntry[] {
  const targets = new Map<string, number>();
  const general = new Set(TOO_GENERAL_WORDS.map(normalizeWord));
  const kept = file.entries.filter(({ entry, position }) => {
    const targetAt = file.locate([position, "target"]);
    const earlier = targets.get(entry.target);
    if (earlier !== undefined) report(targetAt, "warning", `第 ${position + 1} 项和第 ${earlier + 1} 项的 target 相同：请把两项的说法合并到一项里`);
    targets.set(entry.target, position);
    const seen = new Set<string>();
    entry.words.forEach((word, wordIndex) => {
      const at = file.locate([position, "words", wordIndex]);
      const normalized = normalizeWord(word);
      if (seen.has(normalized)) report(at, "warning", `说法 "${word}" 在这一项里写了两次：请删掉重复的一个`);
      seen.add(normalized);
      if (general.has(normalized)) {
        report(at, "warning", `说法 "${word}" 太常见，几乎每篇文章都有：它会让所有带这个词的问题都先找到这一节。请换成更具体的说法`);
      }
    });
    return checkTarget(entry.target, targetAt, index, report);
  });
  return kept.map(({ entry }) => entry);
}
