import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// Raw HTML in an article is shown as text, never run (html: false); markdown-it also refuses javascript: links.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** An article's Markdown body rendered as HTML. */
export function MarkdownView({ source, className = 'markdown' }: { source: string; className?: string }) {
  const html = useMemo(() => markdown.render(source), [source]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
