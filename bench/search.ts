import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadContent } from "../lib/content/load-content";
import { toTraditional } from "../lib/script/convert";
import { buildSearchIndex, searchArticles, serializeSearchIndex, type SearchIndex } from "../lib/search";
import { writeGeneratedArticles } from "./generate-articles";
import { quantile } from "./quantile";

/**
 * `npx tsx bench/search.ts [articles]`: builds the search index of that many generated articles
 * (1,000 by default; written to a temporary folder, loaded with the site's loader) and times
 * queries in both scripts. Prints one JSON object. Figures are measurements on a shared
 * machine, not pass/fail tests.
 */
const DEFAULT_ARTICLES = 1_000;
const RUNS_PER_QUERY = 25;
const QUERIES = ["罚息", "征信", "协商", "分期", "逾期", "催收 客服", "还款提醒", "洗白征信", "罚", "95188", "App", "量子纠缠"];

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** The article count given on the command line, or the default. */
function articleCount(argument: string | undefined): number {
  if (argument === undefined) return DEFAULT_ARTICLES;
  if (!/^[1-9]\d*$/.test(argument)) {
    console.error("usage: npx tsx bench/search.ts [articles]");
    process.exit(2);
  }
  return Number(argument);
}

const ARTICLES = articleCount(process.argv[2]);

function heapMiB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function timeQueries(index: SearchIndex, queries: readonly string[]): { medianMs: number; p95Ms: number; maxMs: number } {
  const times: number[] = [];
  for (const query of queries) {
    searchArticles(index, query);
    for (let run = 0; run < RUNS_PER_QUERY; run += 1) {
      const started = performance.now();
      searchArticles(index, query);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(2));
  return { medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), maxMs: round(times.at(-1) ?? Number.NaN) };
}

const work = mkdtempSync(path.join(tmpdir(), "bench-search-"));
try {
  writeGeneratedArticles(work, ARTICLES);
  let started = performance.now();
  const { articles } = await loadContent(work, { publicDir: work });
  const loadSeconds = (performance.now() - started) / 1000;
  if (articles.length !== ARTICLES) throw new Error(`loaded ${articles.length} of ${ARTICLES} articles`);

  const heapBeforeMiB = heapMiB();
  started = performance.now();
  const index = buildSearchIndex(articles);
  const buildMs = performance.now() - started;
  const heapAfterMiB = heapMiB();
  const indexBytes = Buffer.byteLength(serializeSearchIndex(index));

  const traditional = QUERIES.map(toTraditional);
  const hits = Object.fromEntries(
    QUERIES.map((query) => {
      const response = searchArticles(index, query, { limit: 50 });
      return [query, response.kind === "results" ? response.results.length : 0];
    }),
  );
  console.log(
    JSON.stringify(
      {
        articles: ARTICLES,
        indexedSections: index.sections.length,
        loadSeconds: Number(loadSeconds.toFixed(1)),
        indexBuildMs: Math.round(buildMs),
        savedIndexBytes: indexBytes,
        savedIndexKiB: Math.round(indexBytes / 1024),
        heapUsedMiB: {
          beforeIndex: Math.round(heapBeforeMiB),
          afterIndex: Math.round(heapAfterMiB),
          index: Math.round(heapAfterMiB - heapBeforeMiB),
        },
        // Outside the heap: the term index's postings and lengths.
        typedArraysMiB: Math.round(
          [index.terms.documents, index.terms.frequencies, index.terms.fieldLength, index.terms.postingStart].reduce(
            (total, array) => total + array.byteLength,
            0,
          ) /
            2 ** 20,
        ),
        queries: { simplified: QUERIES, traditional },
        resultsAtLimit50: hits,
        queryTime: {
          simplified: timeQueries(index, QUERIES),
          traditional: timeQueries(index, traditional),
          all: timeQueries(index, [...QUERIES, ...traditional]),
        },
        runsPerQuery: RUNS_PER_QUERY,
        node: process.version,
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
