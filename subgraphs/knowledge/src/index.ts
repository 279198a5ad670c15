export { KnowledgeService } from './knowledge-service.js';
export { createKnowledgeService, type KnowledgeEngineConfig } from './create-knowledge-service.js';
export { KnowledgeError, KnowledgeErrorCode } from './knowledge-error.js';
export type * from './knowledge-service-types.js';
export type { Article, ArticleVersion, Topic, Product } from './articles/article.js';
export { knowledgeSubgraph } from './knowledge-subgraph-descriptor.js';
export { startKnowledgeSubgraph, knowledgeEngineConfig, type KnowledgeSubgraph } from './start-knowledge-subgraph.js';
export { buildKnowledgeSchema } from './knowledge-schema.js';
export { handleTicketResolvedWithArticle, type TicketResolvedWithArticlePayload } from './events/ticket-resolution-handler.js';
