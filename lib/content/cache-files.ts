import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";

/**
 * A file's size and modification time as one string ("folder" for a folder, "missing" when
 * there is nothing): what caches compare to tell, without reading it, that a file is unchanged.
 */
export function fileStamp(file: string): string {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? "folder" : `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** Writes a file whole through a temporary one renamed into place, so a reader sees the old file or the new one. */
export function writeFileAtomically(file: string, data: string | NodeJS.ArrayBufferView): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
