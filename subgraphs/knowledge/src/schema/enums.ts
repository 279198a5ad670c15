import { registerEnumType } from 'type-graphql';
import { ArticleStatus } from '../articles/article.js';

/*
 * type-graphql names enum values after the object's keys, so each GraphQL enum is declared with
 * keys equal to the engine's values (ArticleStatus.Draft is 'DRAFT' → GraphQL DRAFT).
 */
export const ArticleStatusValues = {
  DRAFT: ArticleStatus.Draft,
  PUBLISHED: ArticleStatus.Published,
  ARCHIVED: ArticleStatus.Archived,
} as const;

export const TopicGraphNodeKind = { TOPIC: 'TOPIC', PRODUCT: 'PRODUCT', ARTICLE: 'ARTICLE' } as const;
export type TopicGraphNodeKind = (typeof TopicGraphNodeKind)[keyof typeof TopicGraphNodeKind];

export const TopicGraphEdgeKind = { ABOUT: 'ABOUT', RELATED: 'RELATED' } as const;
export type TopicGraphEdgeKind = (typeof TopicGraphEdgeKind)[keyof typeof TopicGraphEdgeKind];

registerEnumType(ArticleStatusValues, { name: 'ArticleStatus', description: 'Customers only ever see PUBLISHED articles' });
registerEnumType(TopicGraphNodeKind, { name: 'TopicGraphNodeKind' });
registerEnumType(TopicGraphEdgeKind, {
  name: 'TopicGraphEdgeKind',
  description: 'ABOUT links an article to a topic or product; RELATED links two articles',
});

export { ArticleStatus };
