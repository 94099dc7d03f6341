import { normalizeForSearch } from "./normalize";

/** A piece of a passage; `hit` pieces match the query (pages render them in `<mark>`). */
export interface PassageSegment {
  text: string;
  hit: boolean;
}

/** A match in the original text: [start, end) and which term it is. */
interface Hit {
  start: number;
  end: number;
  term: number;
}

/** Passages hold 60–90 characters of text, plus the ellipses that mark a cut. */
const MAX_LENGTH = 90;
const MIN_LENGTH = 60;
/** Hits at most this far apart count as one place in the text when choosing where to cut. */
const CLUSTER_SPAN = 50;
/** How far back from the first hit to look for the start of its sentence, or of its phrase. */
const SENTENCE_LOOK_BACK = 40;
const PHRASE_LOOK_BACK = 25;
/** Context kept before the first hit when neither boundary is near. */
const PLAIN_CONTEXT = 15;
const MAX_HITS_PER_TERM = 100;
const SENTENCE_END = /[。！？!?；;]/;
const PHRASE_END = /[，,、：:）)」”]/;
const ELLIPSIS = "…";

/** Every occurrence of the normalized `terms` in `text`, as ranges of the original text, in order. */
function findHits(text: string, terms: readonly string[]): Hit[] {
  const sourceIndex: number[] = [];
  const normalized = normalizeForSearch(text, sourceIndex);
  const hits: Hit[] = [];
  terms.forEach((term, termIndex) => {
    if (term === "") return;
    for (let found = normalized.indexOf(term), count = 0; found !== -1 && count < MAX_HITS_PER_TERM; count += 1) {
      const start = sourceIndex[found] ?? 0;
      const last = sourceIndex[found + term.length - 1] ?? start;
      const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
      hits.push({ start, end, term: termIndex });
      found = normalized.indexOf(term, found + term.length);
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The stretch with the most different terms within CLUSTER_SPAN (then the most hits, then the earliest). */
function bestCluster(hits: readonly Hit[]): { start: number; end: number } {
  let best = { start: 0, end: 0, terms: 0, hits: 0 };
  hits.forEach((first, index) => {
    const members = hits.slice(index).filter((hit) => hit.end - first.start <= CLUSTER_SPAN);
    const terms = new Set(members.map((hit) => hit.term)).size;
    if (terms > best.terms || (terms === best.terms && members.length > best.hits)) {
      best = { start: first.start, end: Math.max(first.end, ...members.map((hit) => hit.end)), terms, hits: members.length };
    }
  });
  return best;
}

/** Where the passage starts: after the sentence or phrase end before `hitStart`, else a little before it. */
function passageStart(text: string, hitStart: number): number {
  for (let index = hitStart - 1; index >= Math.max(0, hitStart - SENTENCE_LOOK_BACK); index -= 1) {
    if (SENTENCE_END.test(text.charAt(index))) return index + 1;
  }
  if (hitStart <= SENTENCE_LOOK_BACK) return 0;
  for (let index = hitStart - 1; index >= hitStart - PHRASE_LOOK_BACK; index -= 1) {
    if (PHRASE_END.test(text.charAt(index))) return index + 1;
  }
  return withinCodePoint(text, hitStart - PLAIN_CONTEXT);
}

/** Where the passage ends: after the last sentence end that keeps it within bounds, else before a phrase end, else at the limit. */
function passageEnd(text: string, start: number, hitEnd: number): number {
  const limit = start + MAX_LENGTH;
  if (text.length <= limit) return text.length;
  const earliest = Math.min(Math.max(hitEnd, start + MIN_LENGTH), limit);
  for (let index = limit - 1; index >= earliest - 1; index -= 1) {
    if (SENTENCE_END.test(text.charAt(index))) return index + 1;
  }
  for (let index = limit - 1; index >= earliest; index -= 1) {
    if (PHRASE_END.test(text.charAt(index))) return index;
  }
  return withinCodePoint(text, limit);
}

/** `index`, moved back off the second half of a surrogate pair. */
function withinCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** The text from `start` to `end` split into plain and hit segments, touching hits merged. */
function segmentsOf(text: string, start: number, end: number, hits: readonly Hit[]): PassageSegment[] {
  const segments: PassageSegment[] = [];
  let position = start;
  for (const hit of hits) {
    const hitStart = Math.max(hit.start, position);
    const hitEnd = Math.min(hit.end, end);
    if (hitEnd <= hitStart) continue;
    if (hitStart > position) segments.push({ text: text.slice(position, hitStart), hit: false });
    const previous = segments.at(-1);
    if (previous?.hit) previous.text += text.slice(hitStart, hitEnd);
    else segments.push({ text: text.slice(hitStart, hitEnd), hit: true });
    position = hitEnd;
  }
  if (position < end) segments.push({ text: text.slice(position, end), hit: false });
  return segments;
}

/**
 * A 60–90 character window of `text` around the place where the most of `terms` occur,
 * cut at sentence or phrase boundaries where there are any near, with an ellipsis on each
 * side where text was left out, and every occurrence of a term inside marked as a hit.
 * Terms are matched in normalized form. When none occurs, the passage is the text's start.
 */
export function buildPassage(text: string, terms: readonly string[]): PassageSegment[] {
  const hits = findHits(text, terms);
  const cluster = bestCluster(hits);
  let start = passageStart(text, cluster.start);
  let end = passageEnd(text, start, cluster.end);
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  const segments = segmentsOf(text, start, end, hits);
  if (segments.length === 0) return [];
  const cutBefore = start > 0;
  const cutAfter = text.slice(end).trim() !== "";
  return [...(cutBefore ? [{ text: ELLIPSIS, hit: false }] : []), ...segments, ...(cutAfter ? [{ text: ELLIPSIS, hit: false }] : [])];
}
