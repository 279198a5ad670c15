import DataLoader from 'dataloader';
import type { Identity, SubgraphContext } from '@support-graph/runtime';
import type { Article, Product, Topic } from './articles/article.js';
import type { KnowledgeEngine } from './knowledge-engine.js';
import type { Audience } from './articles/article-queries.js';
import { audienceOf } from './resolvers/knowledge-access.js';

/** Per-request context of the knowledge subgraph: identity, the audience it implies, batched loaders. */
export interface KnowledgeContext extends SubgraphContext {
  readonly engine: KnowledgeEngine;
  readonly audience: Audience;
  /** Articles this caller may see; an invisible (e.g. DRAFT for a customer) or missing one loads as null. */
  readonly articles: DataLoader<string, Article | null>;
  readonly topics: DataLoader<string, Topic | null>;
  readonly products: DataLoader<string, Product | null>;
}

export function createKnowledgeContext(engine: KnowledgeEngine, identity: Identity): KnowledgeContext {
  const audience = audienceOf(identity);
  return {
    identity,
    engine,
    audience,
    // One graph query for all `_entities` references, search hits and related articles of a request.
    articles: new DataLoader((ids) => engine.articles.articlesByIds(ids, audience).then((found) => inOrder(ids, found))),
    topics: new DataLoader((ids) => engine.topics.topics(ids).then((found) => inOrder(ids, found))),
    products: new DataLoader((ids) => engine.topics.products(ids).then((found) => inOrder(ids, found))),
  };
}

function inOrder<T extends { id: string }>(ids: readonly string[], found: readonly T[]): (T | null)[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id) ?? null);
}
