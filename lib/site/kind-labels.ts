import type { Section } from "../content/schema";

/** Short reader-facing names of the section kinds, for badges and the table of contents. */
export const SECTION_KIND_LABELS: Record<Section["kind"], string> = {
  definition: "是什么",
  consequences: "后果",
  process: "怎么做",
  negotiation: "协商",
  prevention: "预防",
  general: "延伸",
};
