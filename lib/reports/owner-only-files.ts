import { closeSync, fchmodSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";

/** Only the owner may read or write what readers sent (contacts among it). */
export const OWNER_ONLY_FILE = 0o600;
const OWNER_ONLY_FOLDER = 0o700;

/**
 * Opens `file` (created if missing, emptied when `truncate`), narrows it to its owner before a
 * byte is written, and returns the descriptor. The permissions are set on the open file, so an
 * existing file that others could read is narrowed before it holds anything new.
 */
function openOwnerOnly(file: string, truncate: boolean): number {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: OWNER_ONLY_FOLDER });
  const fd = openSync(file, truncate ? "w" : "a", OWNER_ONLY_FILE);
  fchmodSync(fd, OWNER_ONLY_FILE);
  return fd;
}

/**
 * Creates a database file (and its folder) readable by the owner only, before SQLite opens it:
 * SQLite gives its journal and WAL files the database file's permissions. A folder that
 * already exists is left as the deployer made it.
 */
export function prepareOwnerOnlyFile(file: string): void {
  closeSync(openOwnerOnly(file, false));
}

/** Writes `text` to `file`, readable by its owner only (an export of reports holds contacts). */
export function writeOwnerOnlyFile(file: string, text: string): void {
  const fd = openOwnerOnly(file, true);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
