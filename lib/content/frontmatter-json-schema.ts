import { z } from "zod";
import { FrontmatterSchema } from "./schema";

/** Where the generated JSON Schema is committed, relative to the project root. */
export const FRONTMATTER_JSON_SCHEMA_PATH = "content/frontmatter.schema.json";

/**
 * The frontmatter schema as JSON Schema (what an author writes, before defaults), for
 * editors' YAML tooling. Calendar and date-order checks have no JSON Schema form; the
 * pattern and lengths do.
 */
export function frontmatterJsonSchema(): string {
  const schema = z.toJSONSchema(FrontmatterSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "借呗逾期指南：文章 frontmatter" }, null, 2)}\n`;
}
