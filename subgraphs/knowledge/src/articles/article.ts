export const ArticleStatus = {
  Draft: 'DRAFT',
  Published: 'PUBLISHED',
  Archived: 'ARCHIVED',
} as const;
export type ArticleStatus = (typeof ArticleStatus)[keyof typeof ArticleStatus];

/** The editable content of an article; every version snapshots exactly these fields. */
export interface ArticleContent {
  title: string;
  /** Markdown. */
  body: string;
  summary: string;
  tags: string[];
  locale: string;
}

export interface Article extends ArticleContent {
  id: string;
  /** Stable id from the system an import came from; imports are idempotent on it. */
  externalId: string | null;
  status: ArticleStatus;
  version: number;
  topicIds: string[];
  productIds: string[];
  relatedIds: string[];
  helpfulCount: number;
  unhelpfulCount: number;
  /** sha256 of the content fields; an unchanged hash means nothing to re-embed. */
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

/** One entry of an article's history: who did what, when, and the content as it was after. */
export interface ArticleVersion {
  articleId: string;
  version: number;
  author: string;
  at: string;
  /** What changed, e.g. ['title', 'body'] or ['status:PUBLISHED'] or ['rollback:3']. */
  changes: string[];
  content: ArticleContent;
  status: ArticleStatus;
}

export interface Topic {
  id: string;
  name: string;
}

export interface Product {
  id: string;
  name: string;
}
