import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// Raw HTML in an article is shown as text, never run (html: false); markdown-it also refuses javascript: links.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Markdown rendered to HTML; loaded only on pages that show articles (see markdown-view.tsx). */
export default function MarkdownHtml({ source, className }: { source: string; className: string }) {
  const html = useMemo(() => markdown.render(source), [source]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
