import type { DurableEventStream, Logger } from '@support-graph/runtime';
import { ArticleDuplicates } from './articles/article-duplicates.js';
import { ContentGapService } from './gaps/content-gap-service.js';
import { ArticleRepository } from './articles/article-repository.js';
import type { Embedder } from './search/embedder.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { DocumentIndexer } from './search/document-indexer.js';
import type { SearchIndex } from './search/search-index.js';
import { ArticleService } from './services/article-service.js';
import { ImportService } from './services/import-service.js';
import { SearchService } from './services/search-service.js';
import { TicketSimilarityService } from './services/ticket-similarity-service.js';
import { TopicService } from './services/topic-service.js';
import { TicketRepository } from './tickets/ticket-repository.js';

export interface KnowledgeEngineDependencies {
  readonly graph: KnowledgeGraph;
  readonly articleIndex: SearchIndex;
  readonly ticketIndex: SearchIndex;
  readonly embedder: Embedder;
  /** Injected for tests; default `() => new Date()`. */
  readonly now?: () => Date;
  /** Where new content gaps are announced (the durable stream); absent: nowhere. */
  readonly events?: DurableEventStream;
  readonly logger?: Logger;
}

/**
 * The knowledge engine behind the knowledge subgraph: one service per job over shared stores.
 * Plain TypeScript; the GraphQL layer maps KnowledgeError codes.
 */
export interface KnowledgeEngine {
  readonly articles: ArticleService;
  readonly search: SearchService;
  readonly tickets: TicketSimilarityService;
  readonly imports: ImportService;
  readonly topics: TopicService;
  readonly gaps: ContentGapService;
  /** Closes the indexes, then the graph. */
  close(): Promise<void>;
}

/** Wires the services onto the stores (the adapters are chosen by create-knowledge-engine.ts). */
export function assembleKnowledgeEngine(deps: KnowledgeEngineDependencies): KnowledgeEngine {
  const now = deps.now ?? (() => new Date());
  const repository = new ArticleRepository(deps.graph);
  const articleIndexer = new DocumentIndexer(deps.articleIndex, deps.embedder);
  const duplicates = new ArticleDuplicates(repository);
  const articles = new ArticleService({ graph: deps.graph, articles: repository, articleIndex: deps.articleIndex, articleIndexer, duplicates, now });
  const search = new SearchService(deps.articleIndex, deps.embedder);
  const ticketIndexer = new DocumentIndexer(deps.ticketIndex, deps.embedder);
  const tickets = new TicketSimilarityService({
    tickets: new TicketRepository(deps.graph),
    ticketIndex: deps.ticketIndex,
    ticketIndexer,
    embedder: deps.embedder,
    search,
    articles,
    now,
  });
  return {
    articles,
    search,
    tickets,
    imports: new ImportService({ graph: deps.graph, articles: repository, articleIndexer, duplicates, now }),
    topics: new TopicService(repository, articles),
    gaps: new ContentGapService({ graph: deps.graph, ticketIndex: deps.ticketIndex, embedder: deps.embedder, search, articles, now }, deps.events, deps.logger),
    async close() {
      await Promise.all([deps.articleIndex.close(), deps.ticketIndex.close()]);
      await deps.graph.close();
    },
  };
}
