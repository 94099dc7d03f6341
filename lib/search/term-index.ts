import { indexTerms } from "./tokenize";

/**
 * The sections' terms in an inverted index of typed arrays, scored with BM25+ exactly as
 * MiniSearch 7 scores them (same parameters, same per-field document frequencies, same
 * weights for prefix matches, the sum multiplied by the number of query terms matched).
 * MiniSearch keeps each posting as an entry of a Map inside a Map and builds and sorts a
 * result object for every matching section: at 10,000 articles that was 500 MiB of heap and
 * about 95 ms for a common word such as 借呗. Here a posting is a few numbers in flat arrays,
 * a query adds each posting's precomputed part into one array of scores, and the ranking
 * (rank.ts) orders only as many sections as a page of results needs.
 * tests/unit/term-index.test.ts compares the scores with MiniSearch's on random corpora.
 */

/** MiniSearch's defaults: BM25+ with these k, b and d, and prefix matches weighted 0.375 at most. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;

export interface TermIndex {
  documentCount: number;
  fieldCount: number;
  /** Distinct terms per field, averaged over every document (empty fields count as 0), as MiniSearch averages them. */
  averageFieldLength: number[];
  /** Distinct terms of each field of each document, at `document * fieldCount + field`. */
  fieldLength: Uint32Array;
  /** Every indexed term in UTF-16 code-unit order, so the terms starting with a character are one run. */
  terms: string[];
  /**
   * Where the postings of each term in each field start, at `term * fieldCount + field`; the
   * entry after it is where they end. A term's postings in one field are in document order.
   */
  postingStart: Uint32Array;
  /** The document of each posting. */
  documents: Uint32Array;
  /**
   * How often the term occurs in the posting's field of the document, up to 254; SATURATED
   * means the count is in `largeFrequencies` (a term seldom occurs that often in one section).
   */
  frequencies: Uint8Array;
  /** Counts of SATURATED or more, by posting. */
  largeFrequencies: Map<number, number>;
}

/** A frequency too large for a byte: the count is kept in `largeFrequencies`. */
const SATURATED = 255;

/**
 * Indexes `documents`, each given as its fields' normalized text in a fixed order, with
 * `indexTerms` (CJK bigrams and other words whole).
 */
export function buildTermIndex(documents: readonly (readonly string[])[], fieldCount: number): TermIndex {
  /** Each term's postings as flat triples: field, document, frequency. */
  const postings = new Map<string, number[]>();
  const fieldLength = new Uint32Array(documents.length * fieldCount);
  const averageFieldLength = new Array<number>(fieldCount).fill(0);
  documents.forEach((fields, document) => {
    for (let field = 0; field < fieldCount; field += 1) {
      const counts = new Map<string, number>();
      for (const term of indexTerms(fields[field] ?? "")) counts.set(term, (counts.get(term) ?? 0) + 1);
      fieldLength[document * fieldCount + field] = counts.size;
      averageFieldLength[field] = ((averageFieldLength[field] ?? 0) * document + counts.size) / (document + 1);
      for (const [term, frequency] of counts) {
        const list = postings.get(term);
        if (list) list.push(field, document, frequency);
        else postings.set(term, [field, document, frequency]);
      }
    }
  });

  const terms = [...postings.keys()].sort();
  let total = 0;
  for (const list of postings.values()) total += list.length / 3;
  const postingStart = new Uint32Array(terms.length * fieldCount + 1);
  const documentsOf = new Uint32Array(total);
  const frequencies = new Uint8Array(total);
  const largeFrequencies = new Map<number, number>();
  let next = 0;
  terms.forEach((term, termNumber) => {
    const list = postings.get(term) ?? [];
    for (let field = 0; field < fieldCount; field += 1) {
      postingStart[termNumber * fieldCount + field] = next;
      for (let entry = 0; entry < list.length; entry += 3) {
        if (list[entry] !== field) continue;
        documentsOf[next] = list[entry + 1] ?? 0;
        const frequency = list[entry + 2] ?? 0;
        frequencies[next] = Math.min(frequency, SATURATED);
        if (frequency >= SATURATED) largeFrequencies.set(next, frequency);
        next += 1;
      }
    }
  });
  postingStart[terms.length * fieldCount] = next;
  return {
    documentCount: documents.length,
    fieldCount,
    averageFieldLength,
    fieldLength,
    terms,
    postingStart,
    documents: documentsOf,
    frequencies,
    largeFrequencies,
  };
}

/**
 * A term index read back from a saved search index (written with `v8.serialize`, which keeps
 * typed arrays and Maps as they are); throws when it is not one or its arrays do not fit together.
 */
export function checkTermIndex(value: unknown): TermIndex {
  const index = value as TermIndex;
  const typed =
    typeof index === "object" &&
    index !== null &&
    index.fieldLength instanceof Uint32Array &&
    index.postingStart instanceof Uint32Array &&
    index.documents instanceof Uint32Array &&
    index.frequencies instanceof Uint8Array &&
    index.largeFrequencies instanceof Map &&
    Array.isArray(index.terms) &&
    Array.isArray(index.averageFieldLength);
  if (!typed) throw new Error("search index: not a term index");
  const consistent =
    index.fieldLength.length === index.documentCount * index.fieldCount &&
    index.postingStart.length === index.terms.length * index.fieldCount + 1 &&
    index.documents.length === index.frequencies.length &&
    index.postingStart[index.postingStart.length - 1] === index.documents.length;
  if (!consistent) throw new Error("search index: its arrays do not fit together");
  return index;
}

/** BM25+'s part for a term found `frequency` times in a field, given its length norm `k * (1 - b + b * length / average)`. */
function termPart(frequency: number, lengthNorm: number): number {
  return BM25.d + (frequency * (BM25.k + 1)) / (frequency + lengthNorm);
}

/**
 * Each posting's part of its document's score when a query term matches its term exactly: the
 * field's boost times the term's inverse document frequency in that field times BM25+'s part
 * for its frequency and the field's length. Worked out once when an index is built or loaded, so
 * a query adds one number per posting (`matchTerms`) instead of working out BM25+ from a
 * frequency and a length it must look up. Kept as 64-bit floats: 32-bit ones took a little less
 * memory and time but rounded scores by one part in ten million, and sections that score
 * nearly alike then came out in an order MiniSearch's scores do not give (a random test found
 * one); in 64 bits a posting's part is exactly the product the score used to add.
 */
export function postingImpacts(index: TermIndex, boosts: readonly number[]): Float64Array {
  const { documentCount, fieldCount, averageFieldLength, fieldLength, postingStart, documents, frequencies, largeFrequencies } = index;
  const { k, b } = BM25;
  // k * (1 - b + b * length / average), the length norm of BM25, as a constant and a factor of the length (per field).
  const lengthBase = k * (1 - b);
  const impacts = new Float64Array(documents.length);
  for (let termField = 0; termField + 1 < postingStart.length; termField += 1) {
    const start = postingStart[termField] ?? 0;
    const end = postingStart[termField + 1] ?? 0;
    if (start === end) continue;
    const field = termField % fieldCount;
    const matchingCount = end - start;
    const inverseFrequency = Math.log(1 + (documentCount - matchingCount + 0.5) / (matchingCount + 0.5));
    const fieldWeight = (boosts[field] ?? 1) * inverseFrequency;
    const lengthFactor = (k * b) / (averageFieldLength[field] ?? 1);
    for (let posting = start; posting < end; posting += 1) {
      const byte = frequencies[posting] ?? 0;
      const frequency = byte === SATURATED ? (largeFrequencies.get(posting) ?? SATURATED) : byte;
      const length = fieldLength[(documents[posting] ?? 0) * fieldCount + field] ?? 0;
      impacts[posting] = fieldWeight * termPart(frequency, lengthBase + lengthFactor * length);
    }
  }
  return impacts;
}

/** A term of a query; `prefix`: every indexed term it starts with matches too, weighted down by the extra length. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/** The matches of a query: the sections that have any of its terms, with their scores and matched terms, in arrays by section. */
export interface TermMatches {
  /** The matched documents, each once, in the order they were first matched. */
  documents: Uint32Array;
  /** By document: the BM25+ score times the number of query terms matched; 0 when it matched none. */
  scores: Float64Array;
  /** By document: how many of the query's terms it matched. */
  matchedTermCounts: Uint16Array;
  /** Which query terms each document matched, as bits: see `hasTerm`. */
  termBits: Uint32Array;
  /** Entries of `termBits` per document: one per 32 query terms. */
  termWords: number;
}

/** Whether a document matched the query term at `term` (its position in the query's terms). */
export function hasTerm(matches: TermMatches, document: number, term: number): boolean {
  return ((matches.termBits[document * matches.termWords + (term >>> 5)] ?? 0) & (1 << (term & 31))) !== 0;
}

/** The first position in `terms` (sorted) whose term is not below `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] ?? "") < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The indexed terms a query term matches, with their weights: itself, then (for a prefix) the longer terms it starts. */
function derivedTerms(index: TermIndex, { term, prefix }: QueryTerm): { termNumber: number; weight: number }[] {
  const first = lowerBound(index.terms, term);
  const derived: { termNumber: number; weight: number }[] = [];
  if (index.terms[first] === term) derived.push({ termNumber: first, weight: 1 });
  if (!prefix) return derived;
  for (let termNumber = first; termNumber < index.terms.length; termNumber += 1) {
    const candidate = index.terms[termNumber] ?? "";
    if (!candidate.startsWith(term)) break;
    if (candidate === term) continue;
    const distance = candidate.length - term.length;
    derived.push({ termNumber, weight: (PREFIX_WEIGHT * candidate.length) / (candidate.length + 0.3 * distance) });
  }
  return derived;
}

/**
 * Scores every document that has any of `queryTerms` (distinct), with the postings' `impacts`
 * (`postingImpacts`). Each posting adds its impact, times the weight of a prefix match, straight
 * into its document's score, always in the same order (per query term, its derived terms, the
 * fields in order), so equal texts get equal scores to the last bit. A document's query terms
 * are counted when the first posting of each reaches it: one pass over the postings, nothing
 * to gather afterwards.
 */
export function matchTerms(index: TermIndex, impacts: Float64Array, queryTerms: readonly QueryTerm[]): TermMatches {
  const { documentCount, fieldCount, postingStart, documents } = index;
  const termWords = Math.max(1, Math.ceil(queryTerms.length / 32));
  const scores = new Float64Array(documentCount);
  const termBits = new Uint32Array(documentCount * termWords);
  const matchedTermCounts = new Uint16Array(documentCount);
  /** The documents matched, in the order they were first matched. */
  const matched = new Uint32Array(documentCount);
  let matchedCount = 0;
  for (let position = 0; position < queryTerms.length; position += 1) {
    const queryTerm = queryTerms[position] as QueryTerm;
    const entry = position >>> 5;
    const bit = 1 << (position & 31);
    for (const { termNumber, weight } of derivedTerms(index, queryTerm)) {
      // A term's postings in every field are one run, field after field.
      const end = postingStart[(termNumber + 1) * fieldCount] ?? 0;
      for (let posting = postingStart[termNumber * fieldCount] ?? 0; posting < end; posting += 1) {
        const document = documents[posting] ?? 0;
        const score = scores[document] ?? 0;
        scores[document] = score + weight * (impacts[posting] ?? 0);
        // Every impact is above 0 (d > 0 and so is the inverse frequency): a score of 0 means "not matched yet".
        if (score === 0) matched[matchedCount++] = document;
        const slot = document * termWords + entry;
        const bits = termBits[slot] ?? 0;
        if ((bits & bit) !== 0) continue;
        termBits[slot] = bits | bit;
        matchedTermCounts[document] = (matchedTermCounts[document] ?? 0) + 1;
      }
    }
  }
  const matchedDocuments = matched.slice(0, matchedCount);
  for (const document of matchedDocuments) scores[document] = (scores[document] ?? 0) * (matchedTermCounts[document] ?? 0);
  return { documents: matchedDocuments, scores, matchedTermCounts, termBits, termWords };
}
