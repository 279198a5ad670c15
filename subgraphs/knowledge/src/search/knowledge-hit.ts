import type { ArticleFilter, Audience } from '../articles/article-queries.js';

export interface SearchKnowledgeInput {
  query: string;
  filter?: ArticleFilter;
  first?: number;
  audience: Audience;
}

export interface KnowledgeHit {
  articleId: string;
  title: string;
  /** Larger is better; comparable only within one result list. */
  score: number;
  /** HTML-escaped excerpt of the best chunk with query terms in <mark>. */
  snippet: string;
  chunk: { id: string; position: number; heading: string; text: string };
}
