/** Hand-written types for the knowledge module's operations (graphql/*.graphql), kept beside them. */
export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface ArticleSummary {
  id: string;
  title: string;
  summary: string;
  status: ArticleStatus;
  locale: string;
  tags: string[];
  version: number;
  updatedAt: string;
}

export interface ArticleVersion {
  version: number;
  author: string;
  changedAt: string;
  changes: string[];
  status: ArticleStatus;
  title: string;
  summary: string;
  body: string;
}

export interface ArticleDetail extends ArticleSummary {
  externalId: string | null;
  body: string;
  helpfulCount: number;
  unhelpfulCount: number;
  createdAt: string;
  history: ArticleVersion[];
}

export interface ArticleFilter {
  status?: ArticleStatus[];
  locale?: string;
}

/** What the editor writes: the fields of CreateArticleInput / UpdateArticleInput the console edits. */
export interface ArticleDraftFields {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  locale: string;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  problems: { source: string; message: string }[];
}
