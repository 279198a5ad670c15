import type { Article, ArticleStatus } from './article.js';

/** Who is asking: customers see only PUBLISHED articles, whatever filter they send. */
export type Audience = 'customer' | 'agent';

export interface ArticleFilter {
  statuses?: ArticleStatus[];
  locale?: string;
  tags?: string[];
  topicIds?: string[];
  productIds?: string[];
}

export interface CreateArticleInput {
  title: string;
  body: string;
  summary?: string;
  tags?: string[];
  locale?: string;
  topicIds?: string[];
  productIds?: string[];
  externalId?: string;
}

export interface UpdateArticleInput {
  title?: string;
  body?: string;
  summary?: string;
  tags?: string[];
  locale?: string;
  topicIds?: string[];
  productIds?: string[];
  /** When given, the update fails with CONFLICT unless the article is still at this version. */
  expectedVersion?: number;
}

export interface ArticleConnection {
  nodes: Article[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
