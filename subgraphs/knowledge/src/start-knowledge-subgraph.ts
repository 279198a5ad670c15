import { serveSubgraph, type EventBus, type Logger, type PlatformConfig, type RunningSubgraph } from '@support-graph/runtime';
import { createKnowledgeService, type KnowledgeEngineConfig } from './create-knowledge-service.js';
import { consumeTicketEvents } from './events/ticket-event-consumer.js';
import { TicketsSubgraphTextSource } from './events/ticket-text-source.js';
import { createKnowledgeContext, type KnowledgeContext } from './knowledge-context.js';
import { buildKnowledgeSchema } from './knowledge-schema.js';
import type { KnowledgeService } from './knowledge-service.js';

export interface KnowledgeSubgraphOptions {
  readonly config: PlatformConfig;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly signingKey: Buffer;
  /** Where the tickets subgraph answers GraphQL, to read a ticket's text after `ticket.updated`. */
  readonly ticketsUrl: string;
  /** Default: KNOWLEDGE_PORT. 0 picks a free port. */
  readonly port?: number;
}

export interface KnowledgeSubgraph {
  readonly subgraph: RunningSubgraph<KnowledgeContext>;
  readonly service: KnowledgeService;
  stop(): Promise<void>;
}

/** Platform configuration → engine configuration: embedded stores under DATA_DIR/knowledge unless a production URL or key is set. */
export function knowledgeEngineConfig(config: PlatformConfig): KnowledgeEngineConfig {
  return {
    dataDir: config.DATA_DIR,
    ...(config.NEO4J_URL ? { neo4jUrl: config.NEO4J_URL, neo4jUser: config.NEO4J_USER } : {}),
    ...(config.NEO4J_URL && config.NEO4J_PASSWORD ? { neo4jPassword: config.NEO4J_PASSWORD } : {}),
    ...(config.WEAVIATE_URL ? { weaviateUrl: config.WEAVIATE_URL } : {}),
    ...(config.WEAVIATE_URL && config.WEAVIATE_API_KEY ? { weaviateApiKey: config.WEAVIATE_API_KEY } : {}),
    ...(config.OPENAI_API_KEY ? { openaiApiKey: config.OPENAI_API_KEY } : {}),
    ...(config.OPENAI_API_KEY && config.OPENAI_BASE_URL ? { openaiBaseUrl: config.OPENAI_BASE_URL } : {}),
  };
}

export async function startKnowledgeSubgraph(options: KnowledgeSubgraphOptions): Promise<KnowledgeSubgraph> {
  const logger = options.logger.child({ service: 'knowledge' });
  const service = await createKnowledgeService(knowledgeEngineConfig(options.config));
  try {
    const subgraph = await serveSubgraph<KnowledgeContext>({
      name: 'knowledge',
      schema: await buildKnowledgeSchema(),
      port: options.port ?? options.config.KNOWLEDGE_PORT,
      signingKey: options.signingKey,
      maxBodyBytes: options.config.MAX_BODY_BYTES,
      logger,
      createContext: (identity) => createKnowledgeContext(service, identity),
      // The engine has no ping yet; a one-article page answers only when the graph store does.
      healthCheck: async () => {
        await service.listArticles({}, 1);
      },
    });
    const consumer = await consumeTicketEvents(options.bus, service, new TicketsSubgraphTextSource(options.ticketsUrl, options.signingKey), logger);
    return {
      subgraph,
      service,
      async stop() {
        await subgraph.stop();
        // Handlers still running would touch the engine after close (Kùzu then crashes): drain them first.
        await consumer.stop();
        await service.close();
      },
    };
  } catch (error) {
    await service.close();
    throw error;
  }
}
