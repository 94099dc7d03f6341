import type { Point } from "./diagnostics";

export type DecodedSource = { ok: true; text: string } | { ok: false; at: Point };

/**
 * Decodes a content file as UTF-8. A byte-order mark is dropped and CRLF or CR line
 * endings become LF, which keeps every line and column where the editor sees it.
 * Anything that is not UTF-8 (GBK from an old Windows editor, UTF-16) fails, with the
 * position of the first undecodable byte.
 */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeSource(bytes: Uint8Array): DecodedSource {
  try {
    const text = strictUtf8.decode(bytes);
    return { ok: true, text: text.replace(/\r\n?/g, "\n") };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes).replace(/\r\n?/g, "\n");
    return { ok: false, at: pointAt(lossy, Math.max(0, lossy.indexOf("\uFFFD"))) };
  }
}

/** The 1-based line and column of a string offset. */
export function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
