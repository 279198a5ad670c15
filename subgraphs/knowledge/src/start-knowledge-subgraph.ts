import { createEventStream, createPeerClient, serveSubgraph, serviceIdentity, type PlatformConfig, type RunningSubgraph, type SubgraphStartOptions } from '@support-graph/runtime';
import { createKnowledgeEngine, type KnowledgeEngineConfig } from './create-knowledge-engine.js';
import { consumeTicketEvents } from './events/ticket-event-consumer.js';
import { TicketsSubgraphTextSource } from './events/ticket-text-source.js';
import { createKnowledgeContext, type KnowledgeContext } from './knowledge-context.js';
import type { KnowledgeEngine } from './knowledge-engine.js';
import { buildKnowledgeSchema } from './knowledge-schema.js';

/** The scheduled content-gap scan: how often, over how many days of tickets (the report's default window). */
const GAP_SCAN_INTERVAL_MS = 3_600_000;
const GAP_SCAN_DAYS = 30;

/** This subgraph's own identity towards its peers. */
const KNOWLEDGE_SERVICE = serviceIdentity('knowledge');

export interface KnowledgeSubgraph {
  readonly subgraph: RunningSubgraph<KnowledgeContext>;
  readonly engine: KnowledgeEngine;
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

export async function startKnowledgeSubgraph(options: SubgraphStartOptions): Promise<KnowledgeSubgraph> {
  const logger = options.logger.child({ service: 'knowledge' });
  // Durable stream: tickets are read from it (own consumer group) and content gaps appended to it.
  const stream = createEventStream(options.config, logger);
  const engine = await createKnowledgeEngine(knowledgeEngineConfig(options.config), { events: stream, logger }).catch(async (error: unknown) => {
    await stream.close();
    throw error;
  });
  try {
    const subgraph = await serveSubgraph<KnowledgeContext>({
      name: 'knowledge',
      schema: await buildKnowledgeSchema(),
      port: options.port,
      host: options.config.SUBGRAPH_HOST,
      signingKey: options.signingKey,
      maxBodyBytes: options.config.MAX_BODY_BYTES,
      logger,
      createContext: (identity) => createKnowledgeContext(engine, identity),
      // The engine has no ping yet; a one-article page answers only when the graph store does.
      healthCheck: async () => {
        await engine.articles.listArticles({}, 1);
      },
    });
    // Reads a ticket's text from the tickets subgraph, as any peer would (events carry none).
    const tickets = createPeerClient({ peer: 'tickets', url: () => options.peers.url('tickets'), signingKey: options.signingKey, identity: KNOWLEDGE_SERVICE });
    // Own consumer group: a ticket saved is a ticket indexed, whatever crashes in between.
    const consumer = consumeTicketEvents(stream, engine.tickets, new TicketsSubgraphTextSource(tickets), logger);
    // Gaps are looked for every hour as well as when a lead asks, so new ones are announced without a reader.
    const gapScan = setInterval(() => {
      engine.gaps.contentGaps(GAP_SCAN_DAYS, 50).catch((error: unknown) => logger.warn({ err: error }, 'content gap scan failed'));
    }, GAP_SCAN_INTERVAL_MS);
    gapScan.unref();
    return {
      subgraph,
      engine,
      async stop() {
        clearInterval(gapScan);
        await subgraph.stop();
        // Handlers still running would touch the engine after close (Kùzu then crashes): drain them first.
        await consumer.stop();
        await stream.close();
        await engine.close();
      },
    };
  } catch (error) {
    await engine.close();
    await stream.close();
    throw error;
  }
}
