/** The localStorage key of the negotiation checklist's ticks; the suffix versions the stored format. */
export const CHECKLIST_TICKS_KEY = "jiebei-guide:negotiation-checklist:v1";

/**
 * The ids of the ticked items from what `writeTicks` stored. Anything else (nothing stored, a
 * broken or foreign value) counts as nothing ticked: a wrong tick is worse than a missing one.
 */
export function readTicks(stored: string | null): Set<string> {
  if (stored === null) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? new Set(value.filter((id): id is string => typeof id === "string")) : new Set();
  } catch {
    return new Set();
  }
}

/** What to store for the ticked items' ids (sorted, so the same ticks are stored the same way). */
export function writeTicks(ids: Iterable<string>): string {
  return JSON.stringify([...new Set(ids)].sort());
}
