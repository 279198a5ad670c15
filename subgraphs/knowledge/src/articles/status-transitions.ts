import { KnowledgeError } from '../knowledge-error.js';
import { ArticleStatus } from './article.js';

const ALLOWED: Record<ArticleStatus, readonly ArticleStatus[]> = {
  DRAFT: [ArticleStatus.Published, ArticleStatus.Archived],
  PUBLISHED: [ArticleStatus.Archived],
  // Re-publishing an archived article is allowed: it is how an outdated answer comes back.
  ARCHIVED: [ArticleStatus.Published],
};

export function checkTransition(from: ArticleStatus, to: ArticleStatus): void {
  if (!ALLOWED[from].includes(to)) throw KnowledgeError.invalidTransition(from, to);
}
