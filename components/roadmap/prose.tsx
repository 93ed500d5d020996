/** The one place that renders HTML: it comes from lib/content/markdown.ts, already sanitised. */
export function Prose({ html, className }: { html: string; className?: string }) {
  return <div className={className ? `prose ${className}` : "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
