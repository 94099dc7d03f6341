import path from "node:path";

/** The content folder: `$CONTENT_DIR`, or `content` in the working directory. */
export function resolveContentDir(env: Record<string, string | undefined> = process.env): string {
  // Content is read at build time only; tracing it into the server bundle would ship the whole project.
  return path.resolve(/* turbopackIgnore: true */ env.CONTENT_DIR?.trim() || "content");
}

/** The site's static files, which article images must be among: `public/` in the working directory. */
export function resolvePublicDir(): string {
  return path.resolve(/* turbopackIgnore: true */ "public");
}
