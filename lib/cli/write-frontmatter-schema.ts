import { writeFileSync } from "node:fs";
import { FRONTMATTER_JSON_SCHEMA_PATH, frontmatterJsonSchema } from "../content/frontmatter-json-schema";

/** `npm run schema`: regenerates the committed JSON Schema after the zod schema changes. */
writeFileSync(FRONTMATTER_JSON_SCHEMA_PATH, frontmatterJsonSchema());
console.log(`已更新 ${FRONTMATTER_JSON_SCHEMA_PATH}`);
