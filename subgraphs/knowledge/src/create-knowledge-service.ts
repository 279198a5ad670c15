import { join } from 'node:path';
import { KuzuKnowledgeGraph } from './adapters/kuzu-knowledge-graph.js';
import { LocalEmbedder } from './adapters/local-embedder.js';
import { LocalSearchIndex } from './adapters/local-search-index.js';
import { Neo4jKnowledgeGraph } from './adapters/neo4j-knowledge-graph.js';
import { KnowledgeService } from './knowledge-service.js';

export interface KnowledgeEngineConfig {
  /** Folder for the embedded stores; omit for a purely in-memory engine (tests, evaluation). */
  dataDir?: string;
  /** bolt:// or neo4j:// URL; switches the graph from Kùzu to Neo4j. */
  neo4jUrl?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
}

/**
 * Builds the service on the adapters the configuration selects (DESIGN.md §2). Search index and
 * embedder are the embedded ones here; Weaviate and OpenAI adapters are not written yet.
 */
export async function createKnowledgeService(config: KnowledgeEngineConfig = {}): Promise<KnowledgeService> {
  const embedder = new LocalEmbedder();
  const graph = config.neo4jUrl
    ? await Neo4jKnowledgeGraph.open({ url: config.neo4jUrl, user: config.neo4jUser, password: config.neo4jPassword })
    : await KuzuKnowledgeGraph.open(config.dataDir ? join(config.dataDir, 'knowledge', 'graph.kuzu') : undefined);
  const indexDir = config.dataDir ? join(config.dataDir, 'knowledge') : undefined;
  return new KnowledgeService({
    graph,
    embedder,
    articleIndex: new LocalSearchIndex({ dataDir: indexDir, name: 'articles', dimensions: embedder.dimensions }),
    ticketIndex: new LocalSearchIndex({ dataDir: indexDir, name: 'tickets', dimensions: embedder.dimensions }),
  });
}
