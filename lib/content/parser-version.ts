import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

let computed: string | undefined;

/**
 * A hash of everything that decides what parsing a file yields: the code of this folder and of
 * lib/dates, and the installed versions of the libraries it uses. Any change starts a fresh cache. Computed once
 * per process: the parse cache and the worker bundle both ask for it.
 */
export function parserVersion(): string {
  computed ??= hashParserSources();
  return computed;
}

/**
 * The folders whose code parsing runs: this one, and the calendar dates its schema checks dates
 * with. Found from the working directory (the project's root, where every tool runs), not from
 * this file's address: the command-line tools run compiled into one file elsewhere.
 */
const PARSER_FOLDERS = ["lib/content", "lib/dates"];

function hashParserSources(): string {
  const hash = createHash("sha256");
  for (const folder of PARSER_FOLDERS.map((relative) => path.resolve(relative))) {
    for (const name of readdirSync(folder).sort()) if (name.endsWith(".ts")) hash.update(name).update(readFileSync(path.join(folder, name)));
  }
  hash.update(readFileSync(path.resolve("package-lock.json")));
  return hash.digest("hex").slice(0, 16);
}
