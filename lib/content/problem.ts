import type { Position } from "unist";
import type { Point, Severity } from "./diagnostics";

/** A problem found while reading one file, before the file name is attached. */
export interface Problem {
  at: Point;
  severity: Severity;
  message: string;
}

/** The start of an mdast node, or the top of the file for a node without a position. */
export function startOf(node: { position?: Position }): Point {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

export function error(at: Point, message: string): Problem {
  return { at, severity: "error", message };
}

export function warning(at: Point, message: string): Problem {
  return { at, severity: "warning", message };
}
