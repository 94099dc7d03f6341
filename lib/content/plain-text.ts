/** Text with every run of whitespace (line breaks included) made one space, and no space at either end. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
