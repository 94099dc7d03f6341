import type { Link, PhrasingContent, Text } from "mdast";

/**
 * Bare addresses (`www.example.com`, `https://…`, `name@example.com`, `mailto:`, `xmpp:`)
 * become links, by the rules this site has always used rather than GitHub's: an address ends
 * where an ASCII domain, port and `/path` end, so the Chinese that usually follows without a
 * space (`www.example.com、然后`, `（www.example.com）`) stays text; trailing `?!.,:*_~`, an
 * unmatched `)` and a trailing character reference are left out; lower-case schemes only.
 * (GitHub's own rule, micromark's, runs a link on to the next space.)
 */
const START = /(www\.)|(https?:\/\/)|([\w.+-]{1,100}@)|(mailto:|xmpp:)/y;
const URL_BODY = /[\w-]+(\.[\w-]+)+(:\d+)?(\/[^\s<]*)?/y;
const LAST_TWO_DOMAIN_WORDS = /[\w-]+\.[\w-]+($|[/:])/;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w.-]+)+/y;
const XMPP_RESOURCE = /\/[a-zA-Z\d@.]+/y;
/** A character reference as CommonMark reads it. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/** Text that may hold an address: a quick test before looking closer. */
export const MAY_HOLD_ADDRESS = /www\.|https?:\/\/|@/;

function count(text: string, from: number, to: number, character: string): number {
  let found = 0;
  for (let index = from; index < to; index += 1) if (text[index] === character) found += 1;
  return found;
}

function urlEnd(text: string, from: number): number {
  URL_BODY.lastIndex = from;
  const match = URL_BODY.exec(text);
  if (!match || (LAST_TWO_DOMAIN_WORDS.exec(match[0])?.[0] ?? "").includes("_")) return -1;
  let end = from + match[0].length;
  for (;;) {
    const last = text[end - 1] ?? "";
    const reference = last === ";" ? /&(?:#\d+|#x[a-f\d]+|\w+);$/.exec(text.slice(from, end)) : null;
    if (/[?!.,:*_~]/.test(last) || (last === ")" && count(text, from, end, ")") > count(text, from, end, "("))) end -= 1;
    else if (reference) end = from + reference.index;
    else return end;
  }
}

function emailEnd(text: string, from: number): number {
  EMAIL.lastIndex = from;
  const match = EMAIL.exec(text);
  if (!match) return -1;
  const last = match[0].at(-1);
  return last === "_" || last === "-" ? -1 : from + match[0].length - (last === "." ? 1 : 0);
}

/** Where an address starting at `at` ends, or -1 when none starts there. */
function addressEnd(text: string, at: number): number {
  START.lastIndex = at;
  const match = START.exec(text);
  if (!match) return -1;
  if (match[1] || match[2]) return urlEnd(text, at + match[0].length);
  if (match[3]) return emailEnd(text, at);
  let end = emailEnd(text, at + match[0].length);
  if (end > -1 && match[0] === "xmpp:") {
    XMPP_RESOURCE.lastIndex = end;
    const resource = XMPP_RESOURCE.exec(text);
    if (resource) end = resource.index + resource[0].length;
  }
  return end;
}

/** An address as a URL: `www.` gets `http://`, a bare e-mail address `mailto:`. */
function withScheme(address: string): string {
  if (/^[a-z][a-z0-9+.-]{1,31}:/i.test(address)) return address;
  if (address.includes("@")) return `mailto:${address}`;
  return `http://${address}`;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /\w/.test(character);

/**
 * Where each character of a text node's value stands in the source (one more entry for the
 * end). A value differs from its source where escapes and character references were decoded
 * and where a line's indentation or quote marks were dropped; the two are walked side by side.
 */
function sourceOffsets(value: string, source: string, from: number): number[] {
  const offsets: number[] = [];
  let at = from;
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] as string;
    if (character === "\n") {
      const lineEnd = source.indexOf("\n", at);
      if (lineEnd !== -1) at = lineEnd;
      offsets.push(at);
      at += 1;
      const next = value[index + 1];
      while (at < source.length && source[at] !== next && /[ \t>]/.test(source[at] as string)) at += 1;
      continue;
    }
    if (source[at] === "&") {
      REFERENCE.lastIndex = at;
      const reference = REFERENCE.exec(source)?.[0];
      // A reference micromark decoded stands for one character of the value.
      if (reference && value.slice(index, index + reference.length) !== reference) {
        offsets.push(at);
        at += reference.length;
        continue;
      }
    }
    if (source[at] !== character && source[at] === "\\" && source[at + 1] === character) at += 1;
    offsets.push(at);
    at += 1;
  }
  offsets.push(at);
  return offsets;
}

/**
 * Splits a text node at the addresses it holds. `source` is the file, for positions and for the
 * character before the node (an address may not follow a letter or digit).
 */
export function linkAddresses(node: Text, source: string): PhrasingContent[] {
  const { value } = node;
  const start = node.position?.start;
  const pieces: PhrasingContent[] = [];
  let offsets: number[] | undefined;
  const piece = (text: string, from: number): Text => {
    if (!start || start.offset === undefined) return { type: "text", value: text };
    offsets ??= sourceOffsets(value, source, start.offset);
    const point = (offset: number) => {
      let line = start.line;
      for (let index = start.offset as number; index < offset; index += 1) if (source.charCodeAt(index) === 10) line += 1;
      return { line, column: offset - (source.lastIndexOf("\n", offset - 1) + 1) + 1, offset };
    };
    const to = from + text.length;
    return { type: "text", value: text, position: { start: point(offsets[from] as number), end: point(offsets[to] as number) } };
  };
  let last = 0;
  for (let at = 0; at < value.length; at += 1) {
    const before = at === 0 ? (start?.offset ? source[start.offset - 1] : undefined) : value[at - 1];
    if (isWordCharacter(before)) continue;
    const end = addressEnd(value, at);
    if (end <= at) continue;
    const address = value.slice(at, end);
    if (at > last) pieces.push(piece(value.slice(last, at), last));
    const text = piece(address, at);
    const link: Link = { type: "link", url: withScheme(address), title: null, children: [text] };
    if (text.position) link.position = { start: { ...text.position.start }, end: { ...text.position.end } };
    pieces.push(link);
    last = end;
    at = end - 1;
  }
  if (pieces.length === 0) return [node];
  if (last < value.length) pieces.push(piece(value.slice(last), last));
  return pieces;
}
