// `node lib/cli/run.mjs <tool> [arguments]`: runs the command-line tool lib/cli/<tool>.ts, as
// every `npm run` script for editors and operators does. The tool and the project code it imports
// are compiled by esbuild into one JavaScript file under node_modules/.cache/cli (libraries stay
// outside, loaded by Node as usual), and compiled again only when one of those source files, the
// lockfile or tsconfig.json has changed. Starting a tool this way takes a fraction of the second
// that loading some hundred TypeScript modules through a loader takes, which is most of what an
// editor waits for when re-checking a large site after one edit.
import { buildSync } from "esbuild";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [tool, ...args] = process.argv.slice(2);
const entry = path.resolve("lib/cli", `${tool}.ts`);
if (!tool || !/^[a-z][a-z-]*$/.test(tool) || !existsSync(entry)) {
  console.error(
    `用法：node lib/cli/run.mjs <工具名> [参数]，工具名是 lib/cli 里某个 .ts 文件的名字（不带 .ts）；没有找到“${tool ?? ""}”。`,
  );
  process.exit(2);
}

const bundle = path.resolve("node_modules/.cache/cli", `${tool}.mjs`);
const stampsFile = `${bundle}.inputs.json`;
/** Files outside the bundle's own inputs that decide what it does. */
const ALWAYS_CHECKED = ["package-lock.json", "tsconfig.json"].map((file) => path.resolve(file));

/** A file's size and modification time, or "missing". */
function stampOf(file) {
  try {
    const { size, mtimeMs } = statSync(file);
    return `${size}:${mtimeMs}`;
  } catch {
    return "missing";
  }
}

function isUpToDate() {
  try {
    const stamps = JSON.parse(readFileSync(stampsFile, "utf8"));
    return existsSync(bundle) && Object.entries(stamps).every(([file, stamp]) => stampOf(file) === stamp);
  } catch {
    return false;
  }
}

/** Writes a file whole through a temporary one, so a tool starting at the same time never reads half of it. */
function writeAtomically(file, write) {
  const partial = `${file}.${process.pid}.partial`;
  try {
    write(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

if (!isUpToDate()) {
  mkdirSync(path.dirname(bundle), { recursive: true });
  let metafile;
  writeAtomically(bundle, (partial) => {
    ({ metafile } = buildSync({
      entryPoints: [entry],
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      outfile: partial,
      metafile: true,
      logLevel: "error",
    }));
  });
  const files = [...Object.keys(metafile.inputs).map((input) => path.resolve(input)), ...ALWAYS_CHECKED];
  writeAtomically(stampsFile, (partial) =>
    writeFileSync(partial, JSON.stringify(Object.fromEntries(files.map((file) => [file, stampOf(file)])))),
  );
}

process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
