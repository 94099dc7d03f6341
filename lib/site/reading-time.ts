/** Chinese readers take in about 400 characters a minute. */
export const CHARACTERS_PER_MINUTE = 400;

/** Whole minutes to read `characterCount` characters, never less than one. */
export function readingMinutes(characterCount: number): number {
  return Math.max(1, Math.ceil(characterCount / CHARACTERS_PER_MINUTE));
}
