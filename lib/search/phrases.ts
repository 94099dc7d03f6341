/**
 * Readers' everyday words (search-words.yaml) matched against whole questions: a section
 * whose word the question contains (坐牢 in 借呗逾期会坐牢吗) ranks first. Words and questions
 * are compared compact: normalized, spaces removed.
 */

/** The sections of each everyday word, and the longest word's length in UTF-16 units. */
export interface PhraseIndex {
  sectionsByPhrase: ReadonlyMap<string, readonly number[]>;
  longest: number;
}

/** How strongly a section's everyday words match a question: the longest one's length in characters, and all of them. */
export interface PhraseMatch {
  length: number;
  phrases: string[];
}

/** The index of `phrases` (each a compact everyday word and the section it belongs to); empty words are left out, as they say nothing. */
export function buildPhraseIndex(phrases: Iterable<readonly [phrase: string, section: number]>): PhraseIndex {
  const sectionsByPhrase = new Map<string, number[]>();
  for (const [phrase, section] of phrases) {
    if (phrase === "") continue;
    const sections = sectionsByPhrase.get(phrase) ?? [];
    if (!sections.includes(section)) sections.push(section);
    sectionsByPhrase.set(phrase, sections);
  }
  let longest = 0;
  for (const phrase of sectionsByPhrase.keys()) longest = Math.max(longest, phrase.length);
  return { sectionsByPhrase, longest };
}

/**
 * The everyday words `question` contains, each once, in the order they first occur. Every
 * occurrence of a word starts at some position of the question and is at most `longest`
 * units long, so looking up each such substring finds exactly the words `question.includes`
 * would find, with work bounded by the question's length rather than by the number of words.
 */
function containedPhrases(index: PhraseIndex, question: string): string[] {
  const found = new Set<string>();
  for (let start = 0; start < question.length; start += 1) {
    const end = Math.min(question.length, start + index.longest);
    for (let stop = start + 1; stop <= end; stop += 1) {
      const candidate = question.slice(start, stop);
      if (index.sectionsByPhrase.has(candidate)) found.add(candidate);
    }
  }
  return [...found];
}

/** The sections whose everyday words `question` (compact) contains, by section id. */
export function phraseMatches(index: PhraseIndex, question: string): Map<number, PhraseMatch> {
  const matches = new Map<number, PhraseMatch>();
  for (const phrase of containedPhrases(index, question)) {
    const length = [...phrase].length;
    for (const section of index.sectionsByPhrase.get(phrase) ?? []) {
      const match = matches.get(section);
      if (match) {
        match.length = Math.max(match.length, length);
        match.phrases.push(phrase);
      } else matches.set(section, { length, phrases: [phrase] });
    }
  }
  return matches;
}
