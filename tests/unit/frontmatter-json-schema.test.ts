import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FRONTMATTER_JSON_SCHEMA_PATH, frontmatterJsonSchema } from "@/lib/content/frontmatter-json-schema";

describe("the committed frontmatter JSON Schema", () => {
  it("matches the zod schema in code (run `npm run schema` after changing it)", () => {
    const committed = readFileSync(path.join(__dirname, "..", "..", FRONTMATTER_JSON_SCHEMA_PATH), "utf8");
    expect(committed).toBe(frontmatterJsonSchema());
  });

  it("describes every key, requires the three mandatory ones and forbids unknown keys", () => {
    const schema = JSON.parse(frontmatterJsonSchema()) as {
      properties: Record<string, { description?: string }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual([
      "title",
      "description",
      "date",
      "updated",
      "reviewed",
      "sources",
      "tags",
      "aliases",
      "draft",
    ]);
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toBeTruthy();
    expect(schema.required).toEqual(["title", "description", "date"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
