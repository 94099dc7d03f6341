import { customAlphabet } from "nanoid";

/**
 * Crockford's base32 alphabet: digits and capitals without I, L, O and U, so a reference
 * read out over the phone or copied by hand cannot be mistaken.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;

/** A report's reference: `TD-` and 12 random base32 characters (60 bits), e.g. `TD-7K3M9Q2XHC4T`. */
export const REFERENCE_PATTERN = /^TD-[0-9A-HJKMNP-TV-Z]{12}$/;

const randomCode = customAlphabet(ALPHABET, LENGTH);

/** A new reference number from a cryptographically secure random source: not guessable. */
export function newReference(): string {
  return `TD-${randomCode()}`;
}

/** The reference as typed by a person: case and separators forgiven, or undefined when malformed. */
export function normaliseReference(text: string): string | undefined {
  const compact = text.trim().toUpperCase().replace(/\s+/g, "");
  return REFERENCE_PATTERN.test(compact) ? compact : undefined;
}
