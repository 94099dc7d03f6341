/** Renders HTML that the content pipeline has already sanitized, with article typography. */
export function ProseHtml({ html, className = "" }: { html: string; className?: string }) {
  if (html === "") return null;
  return (
    <div
      className={`prose prose-lg prose-zh max-w-none prose-zinc dark:prose-invert prose-h3:text-lg prose-h3:font-bold prose-h4:text-base prose-a:text-blue-800 dark:prose-a:text-sky-300 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
