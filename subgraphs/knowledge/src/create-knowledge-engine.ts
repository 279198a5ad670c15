import { join } from 'node:path';
import { KuzuKnowledgeGraph } from './adapters/kuzu-knowledge-graph.js';
import { LocalEmbedder } from './search/adapters/local-embedder.js';
import { LocalSearchIndex } from './search/adapters/local-search-index.js';
import { Neo4jKnowledgeGraph } from './adapters/neo4j-knowledge-graph.js';
import { OpenAiEmbedder } from './search/adapters/openai-embedder.js';
import { WeaviateSearchIndex } from './search/adapters/weaviate-search-index.js';
import type { Embedder } from './search/embedder.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { assembleKnowledgeEngine, type KnowledgeEngine, type KnowledgeEngineDependencies } from './knowledge-engine.js';
import type { SearchIndex } from './search/search-index.js';

export interface KnowledgeEngineConfig {
  /** Folder for the embedded stores; omit for a purely in-memory engine (tests, evaluation). */
  dataDir?: string;
  /** bolt:// or neo4j:// URL; switches the graph from Kùzu to Neo4j. */
  neo4jUrl?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  /** http(s):// URL of Weaviate's REST API; switches both search indexes to Weaviate hybrid search. */
  weaviateUrl?: string;
  weaviateApiKey?: string;
  /** Weaviate's gRPC port on the same host. Default 50051. */
  weaviateGrpcPort?: number;
  /** Switches the embedder from the local one to OpenAI embeddings (text-embedding-3-small). */
  openaiApiKey?: string;
  /** An OpenAI-compatible endpoint instead of api.openai.com/v1. */
  openaiBaseUrl?: string;
  /** OpenAI embedding size. Default 1536. */
  openaiEmbeddingDimensions?: number;
}

/** Collection names in Weaviate, one per index. */
const WEAVIATE_COLLECTIONS = { articles: 'KnowledgeArticles', tickets: 'KnowledgeTickets' } as const;

/**
 * Builds the engine on the adapters the configuration selects (DESIGN.md §2): each URL or key
 * switches one port to its production adapter, everything else stays embedded.
 */
export async function createKnowledgeEngine(
  config: KnowledgeEngineConfig = {},
  announce: Pick<KnowledgeEngineDependencies, 'events' | 'logger'> = {},
): Promise<KnowledgeEngine> {
  const embedder = createEmbedder(config);
  const opened: Array<{ close(): Promise<void> }> = [];
  try {
    const graph = await openGraph(config);
    opened.push(graph);
    const articleIndex = await openIndex(config, 'articles', embedder);
    opened.push(articleIndex);
    const ticketIndex = await openIndex(config, 'tickets', embedder);
    return assembleKnowledgeEngine({ graph, embedder, articleIndex, ticketIndex, ...announce });
  } catch (error) {
    // A half-built engine must not leave a Kùzu database or Weaviate connection open.
    for (const resource of opened.reverse()) await resource.close().catch(() => undefined);
    throw error;
  }
}

function createEmbedder(config: KnowledgeEngineConfig): Embedder {
  if (!config.openaiApiKey) return new LocalEmbedder();
  return new OpenAiEmbedder({ apiKey: config.openaiApiKey, baseUrl: config.openaiBaseUrl, dimensions: config.openaiEmbeddingDimensions });
}

function openGraph(config: KnowledgeEngineConfig): Promise<KnowledgeGraph> {
  if (config.neo4jUrl) return Neo4jKnowledgeGraph.open({ url: config.neo4jUrl, user: config.neo4jUser, password: config.neo4jPassword });
  return KuzuKnowledgeGraph.open(config.dataDir ? join(config.dataDir, 'knowledge', 'graph.kuzu') : undefined);
}

async function openIndex(config: KnowledgeEngineConfig, name: keyof typeof WEAVIATE_COLLECTIONS, embedder: Embedder): Promise<SearchIndex> {
  if (config.weaviateUrl) {
    return WeaviateSearchIndex.open({ url: config.weaviateUrl, apiKey: config.weaviateApiKey, grpcPort: config.weaviateGrpcPort, collection: WEAVIATE_COLLECTIONS[name] });
  }
  return new LocalSearchIndex({ dataDir: config.dataDir ? join(config.dataDir, 'knowledge') : undefined, name, dimensions: embedder.dimensions });
}
