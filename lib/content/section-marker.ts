import { closest } from "fastest-levenshtein";
import { SECTION_KINDS, SectionKindSchema, type SectionKind } from "./schema";

/** `{#kind}` at the very end of a heading's text. */
const MARKER = /\s*\{#([^{}]*)\}\s*$/;

export type HeadingMarker =
  | { type: "none"; title: string }
  | { type: "kind"; kind: SectionKind; title: string; offset: number }
  | { type: "unknown"; written: string; title: string; offset: number };

/**
 * Splits a `##` heading's text into its visible title and its `{#kind}` marker.
 * `offset` is where the marker's `{` starts within the text.
 */
export function readHeadingMarker(text: string): HeadingMarker {
  const match = MARKER.exec(text);
  if (!match) return { type: "none", title: text.trim() };
  const title = text.slice(0, match.index).trim();
  const written = (match[1] ?? "").trim();
  const offset = text.indexOf("{", match.index);
  const kind = SectionKindSchema.safeParse(written.toLowerCase());
  if (kind.success) return { type: "kind", kind: kind.data, title, offset };
  return { type: "unknown", written, title, offset };
}

/** The message for a marker that names no kind, with the nearest valid kind. */
export function unknownKindMessage(written: string): string {
  const kinds = SECTION_KINDS.join("、");
  if (written === "") return `章节标记 {#} 里缺少类型：请写成 {#类型}，可用类型：${kinds}`;
  const suggestion = closest(written.toLowerCase(), [...SECTION_KINDS]);
  return `未知的章节类型 "${written}"：你是不是想写 "${suggestion}"？（did you mean "${suggestion}"?）可用类型：${kinds}；普通章节不需要标记`;
}
