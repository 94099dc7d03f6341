/** Renders HTML that the content pipeline has already sanitized, with the article styles (`.prose` in app/globals.css). */
export function ProseHtml({ html, className = "" }: { html: string; className?: string }) {
  if (html === "") return null;
  return <div className={`prose ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
