/** What every chunk carries for filtering inside the index (never after it). */
export interface IndexFields {
  status: string;
  locale: string;
  tags: string[];
  topicIds: string[];
  productIds: string[];
}

/** One searchable piece of a document (an article section or a ticket). */
export interface IndexedChunk {
  /** `${docId}#${position}`. */
  id: string;
  docId: string;
  position: number;
  title: string;
  /** Heading path of the section, e.g. "Refunds › Card payments"; empty for the lead section. */
  heading: string;
  text: string;
  /** Hash of the embedded text; an unchanged hash lets an update reuse the stored vector. */
  textHash: string;
  vector: Float32Array;
  fields: IndexFields;
}

/** Every present list is an "any of" constraint; absent or empty lists do not constrain. */
export interface IndexFilter {
  statuses?: readonly string[];
  locales?: readonly string[];
  tags?: readonly string[];
  topicIds?: readonly string[];
  productIds?: readonly string[];
  excludeDocIds?: readonly string[];
}

export interface IndexQuery {
  /** Raw query text for keyword (BM25) matching; adapters must treat it as data, never syntax. */
  text: string;
  vector: Float32Array;
  filter: IndexFilter;
  /** Number of chunk hits wanted. */
  limit: number;
}

export interface ChunkHit {
  chunkId: string;
  docId: string;
  position: number;
  title: string;
  heading: string;
  text: string;
  /** Fused keyword + vector score; larger is better, comparable only within one result list. */
  score: number;
}

/** A chunk as stored, without its vector and filter fields: what a privacy export shows. */
export type StoredChunk = Pick<IndexedChunk, 'id' | 'docId' | 'position' | 'title' | 'heading' | 'text'>;

export interface DocumentChunks {
  docId: string;
  chunks: IndexedChunk[];
}

/**
 * Port: hybrid keyword + vector index over chunks. Adapters: local (BM25 + brute-force cosine,
 * persisted under the data dir) and Weaviate (hybrid search).
 */
export interface SearchIndex {
  /** Replaces all chunks of each document. */
  upsert(documents: readonly DocumentChunks[]): Promise<void>;
  /** Changes filter fields (status on publish, say) without re-embedding. */
  updateFields(docId: string, fields: IndexFields): Promise<void>;
  remove(docId: string): Promise<void>;
  /**
   * Removes documents so that no trace of their text is left in the index's storage either (the
   * local index rewrites its log, where `remove` only appends a tombstone). For erasure.
   */
  forget(docIds: readonly string[]): Promise<void>;
  /** Stored vectors of these documents keyed by chunk text hash, so unchanged text is not re-embedded. */
  storedVectors(docIds: readonly string[]): Promise<Map<string, Float32Array>>;
  /** The stored chunks of these documents, in document then position order (a privacy export). */
  storedChunks(docIds: readonly string[]): Promise<StoredChunk[]>;
  search(query: IndexQuery): Promise<ChunkHit[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}
