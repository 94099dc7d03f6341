/**
 * Element ids the article page uses for itself. Section anchors never take these,
 * so a general section called "contents" cannot steal the table of contents' id.
 */
export const PAGE_ANCHOR_IDS = {
  main: "main-content",
  contents: "contents",
  lead: "lead",
  contact: "contact",
  share: "share",
  feedback: "feedback",
  sources: "sources",
} as const;

export const RESERVED_ANCHOR_IDS: readonly string[] = Object.values(PAGE_ANCHOR_IDS);
