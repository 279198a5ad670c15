import { lazy, Suspense } from 'react';

// markdown-it is about 40 KB gzipped: fetched with the first article shown, not with the console's first page.
const MarkdownHtml = lazy(() => import('./markdown-html'));

/** An article's Markdown body rendered as HTML; the plain text stands in for the moment the renderer loads. */
export function MarkdownView({ source, className = 'markdown' }: { source: string; className?: string }) {
  return (
    <Suspense fallback={<div className={`${className} markdown-loading`}>{source}</div>}>
      <MarkdownHtml source={source} className={className} />
    </Suspense>
  );
}
