import type { ArticleStatus } from '../knowledge-types';

const LABELS: Readonly<Record<ArticleStatus, string>> = { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' };

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={`badge article-${status.toLowerCase()}`}>{LABELS[status]}</span>;
}
