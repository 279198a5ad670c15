import weaviate, { ApiKey, generateUuid5, type WeaviateClient } from 'weaviate-client';
import { TUNED_VECTOR_WEIGHT } from '../hybrid-ranker.js';
import type { ChunkHit, DocumentChunks, IndexFields, IndexQuery, SearchIndex, StoredChunk } from '../search-index.js';
import { searchTerms } from '../../text/tokenizer.js';
import { CHUNK_PROPERTIES, chunkProperties, fieldProperties, type ChunkProperties } from './weaviate-search/chunk-properties.js';
import { docIdIn, type ChunkCollection, weaviateFilter } from './weaviate-search/weaviate-filter.js';

export interface WeaviateSearchIndexOptions {
  /** http(s)://host:port of Weaviate's REST API. */
  url: string;
  apiKey?: string;
  /** Weaviate's gRPC port (queries go over gRPC); same host as `url`. Default 50051. */
  grpcPort?: number;
  /** Collection name, created on open when missing, e.g. "KnowledgeArticles". */
  collection: string;
  /** Hybrid `alpha`: share of the vector ranking, 0 = BM25 only, 1 = vector only. Default TUNED_VECTOR_WEIGHT. */
  alpha?: number;
}

/** Objects fetched per page when reading stored vectors or chunk ids back. */
const PAGE = 1000;

/**
 * Production index: Weaviate hybrid search (BM25 + vector, relative-score fusion as the local
 * index) over chunks whose vectors our Embedder supplies. Filters travel inside the query.
 * BM25 runs on our own search terms (`terms`), so stemming and stopwords match the local index.
 * A document's chunks are replaced by delete-then-insert: not atomic, so a search racing an upsert
 * may briefly miss that document.
 */
export class WeaviateSearchIndex implements SearchIndex {
  private constructor(
    private readonly client: WeaviateClient,
    private readonly collection: ChunkCollection,
    private readonly alpha: number,
  ) {}

  static async open(options: WeaviateSearchIndexOptions): Promise<WeaviateSearchIndex> {
    const url = new URL(options.url);
    const secure = url.protocol === 'https:';
    const client = await weaviate.connectToCustom({
      httpHost: url.hostname,
      httpPort: Number(url.port || (secure ? 443 : 80)),
      httpPath: url.pathname === '/' ? '' : url.pathname,
      httpSecure: secure,
      grpcHost: url.hostname,
      grpcPort: options.grpcPort ?? 50051,
      grpcSecure: secure,
      ...(options.apiKey ? { authCredentials: new ApiKey(options.apiKey) } : {}),
    });
    try {
      await ensureCollection(client, options.collection);
    } catch (error) {
      await client.close();
      throw error;
    }
    return new WeaviateSearchIndex(client, client.collections.use<string, ChunkProperties>(options.collection), options.alpha ?? TUNED_VECTOR_WEIGHT);
  }

  async upsert(documents: readonly DocumentChunks[]): Promise<void> {
    const stale = docIdIn(documents.map((doc) => doc.docId), this.collection);
    if (!stale) return;
    await this.collection.data.deleteMany(stale);
    const objects = documents.flatMap((doc) =>
      doc.chunks.map((chunk) => ({ id: generateUuid5(chunk.id), properties: chunkProperties(chunk), vectors: Array.from(chunk.vector) })),
    );
    if (objects.length === 0) return;
    const result = await this.collection.data.insertMany(objects);
    if (result.hasErrors) {
      const first = Object.values(result.errors)[0];
      throw new Error(`Weaviate rejected ${Object.keys(result.errors).length} of ${objects.length} chunks: ${first?.message ?? 'unknown error'}`);
    }
  }

  async updateFields(docId: string, fields: IndexFields): Promise<void> {
    const properties = fieldProperties(fields);
    for (const object of await this.chunksOf([docId], false)) await this.collection.data.update({ id: object.uuid, properties });
  }

  async remove(docId: string): Promise<void> {
    await this.collection.data.deleteMany(this.collection.filter.byProperty('docId').equal(docId));
  }

  async forget(docIds: readonly string[]): Promise<void> {
    for (const docId of docIds) await this.remove(docId);
  }

  async storedVectors(docIds: readonly string[]): Promise<Map<string, Float32Array>> {
    const byHash = new Map<string, Float32Array>();
    for (const object of await this.chunksOf(docIds, true)) {
      const vector = object.vectors.default;
      if (Array.isArray(vector) && typeof vector[0] === 'number') byHash.set(object.properties.textHash, Float32Array.from(vector as number[]));
    }
    return byHash;
  }

  async storedChunks(docIds: readonly string[]): Promise<StoredChunk[]> {
    const order = new Map(docIds.map((docId, i) => [docId, i]));
    return (await this.chunksOf(docIds, false, ['chunkId', 'docId', 'position', 'title', 'heading', 'text']))
      .map(({ properties: { chunkId, docId, position, title, heading, text } }) => ({ id: chunkId, docId, position, title, heading, text }))
      .sort((a, b) => order.get(a.docId)! - order.get(b.docId)! || a.position - b.position);
  }

  async search(query: IndexQuery): Promise<ChunkHit[]> {
    // Our terms, not the raw text: metacharacters never reach Weaviate, and stems match the stored terms.
    const terms = searchTerms(query.text).slice(0, 256).join(' ');
    const result = await this.collection.query.hybrid(terms, {
      vector: Array.from(query.vector),
      alpha: terms === '' ? 1 : this.alpha,
      fusionType: 'RelativeScore',
      queryProperties: ['terms'],
      filters: weaviateFilter(query.filter, this.collection),
      limit: query.limit,
      returnMetadata: ['score'],
      returnProperties: ['chunkId', 'docId', 'position', 'title', 'heading', 'text'],
    });
    return result.objects.map(({ properties, metadata }) => ({
      chunkId: properties.chunkId,
      docId: properties.docId,
      position: properties.position,
      title: properties.title,
      heading: properties.heading,
      text: properties.text,
      score: metadata?.score ?? 0,
    }));
  }

  /** Documents, not chunks: every document has exactly one chunk at position 0. */
  async count(): Promise<number> {
    const result = await this.collection.aggregate.overAll({ filters: this.collection.filter.byProperty('position').equal(0) });
    return result.totalCount;
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async chunksOf(docIds: readonly string[], includeVector: boolean, returnProperties: Array<keyof ChunkProperties> = ['textHash']) {
    const filters = docIdIn(docIds, this.collection);
    if (!filters) return [];
    const objects = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.collection.query.fetchObjects({ filters, limit: PAGE, offset, includeVector, returnProperties });
      objects.push(...page.objects);
      if (page.objects.length < PAGE) return objects;
    }
  }
}

/** Creates the collection on first use; a concurrent creator winning the race is fine. */
async function ensureCollection(client: WeaviateClient, name: string): Promise<void> {
  if (await client.collections.exists(name)) return;
  try {
    await client.collections.create<ChunkProperties>({
      name,
      properties: CHUNK_PROPERTIES,
      vectorizers: weaviate.configure.vectors.selfProvided(),
    });
  } catch (error) {
    if (!(await client.collections.exists(name))) throw error;
  }
}
