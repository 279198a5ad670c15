import { join } from 'node:path';
import { fuseRankings, TUNED_VECTOR_WEIGHT } from '../hybrid-ranker.js';
import type { ChunkHit, DocumentChunks, IndexFields, IndexQuery, IndexedChunk, SearchIndex, StoredChunk } from '../search-index.js';
import { searchTerms } from '../../text/tokenizer.js';
import { Bm25Index } from './local-search/bm25-index.js';
import { ChunkLogFile } from './local-search/chunk-log-file.js';
import { FilterMaskCache } from './local-search/filter-mask-cache.js';
import { VectorMatrix } from './local-search/vector-matrix.js';

export interface LocalSearchIndexOptions {
  /** Folder for the index log; omit for a purely in-memory index (tests, evaluation). */
  dataDir?: string;
  /** Index name, one log file each (articles, tickets). */
  name: string;
  dimensions: number;
  /** Share of the vector ranking in the fused score. Default TUNED_VECTOR_WEIGHT (0.4). */
  vectorWeight?: number;
  /** How many candidates each ranking contributes before fusion, at least. Default 60. */
  candidates?: number;
}

type SlotChunk = Omit<IndexedChunk, 'vector'>;

/**
 * Embedded hybrid index: BM25 and exact cosine over in-memory slots, fused by relative score.
 * Filters act inside both scans through per-filter slot masks that writes keep current. Chosen
 * over Kùzu's FTS/vector indexes because it keeps filtering inside the ranking and updates in
 * place (see the package README).
 */
export class LocalSearchIndex implements SearchIndex {
  private readonly bm25 = new Bm25Index();
  private readonly vectors: VectorMatrix;
  private readonly chunkOfSlot: Array<SlotChunk | undefined> = [];
  private readonly slotsOfDoc = new Map<string, number[]>();
  private readonly masks = new FilterMaskCache();
  private readonly log: ChunkLogFile | undefined;
  private readonly vectorWeight: number;
  private readonly candidates: number;
  private deadSlots = 0;

  constructor(private readonly options: LocalSearchIndexOptions) {
    this.vectors = new VectorMatrix(options.dimensions);
    this.vectorWeight = options.vectorWeight ?? TUNED_VECTOR_WEIGHT;
    this.candidates = options.candidates ?? 60;
    this.log = options.dataDir ? new ChunkLogFile(join(options.dataDir, `${options.name}.chunks.jsonl`)) : undefined;
    if (this.log) this.replay(this.log);
  }

  async upsert(documents: readonly DocumentChunks[]): Promise<void> {
    for (const doc of documents) this.put(doc.docId, doc.chunks);
    this.log?.append(documents.map((doc) => ({ op: 'put' as const, ...doc })));
    this.compactIfSparse();
  }

  async updateFields(docId: string, fields: IndexFields): Promise<void> {
    this.setFields(docId, fields);
    this.log?.append([{ op: 'fields', docId, fields }]);
  }

  async remove(docId: string): Promise<void> {
    this.drop(docId);
    this.log?.append([{ op: 'remove', docId }]);
  }

  async forget(docIds: readonly string[]): Promise<void> {
    for (const docId of docIds) this.drop(docId);
    // The log still holds the documents' `put` lines: rewrite it from the live documents only.
    this.log?.rewrite(this.liveDocuments());
  }

  async storedVectors(docIds: readonly string[]): Promise<Map<string, Float32Array>> {
    const byHash = new Map<string, Float32Array>();
    for (const docId of docIds) {
      for (const slot of this.slotsOfDoc.get(docId) ?? []) byHash.set(this.chunkOfSlot[slot]!.textHash, this.vectors.row(slot));
    }
    return byHash;
  }

  async storedChunks(docIds: readonly string[]): Promise<StoredChunk[]> {
    return docIds.flatMap((docId) =>
      (this.slotsOfDoc.get(docId) ?? []).map((slot) => {
        const { id, position, title, heading, text } = this.chunkOfSlot[slot]!;
        return { id, docId, position, title, heading, text };
      }),
    );
  }

  async search(query: IndexQuery): Promise<ChunkHit[]> {
    const { excludeDocIds, ...fieldFilter } = query.filter;
    let allowed = this.masks.mask(fieldFilter, this.chunkOfSlot);
    if (excludeDocIds && excludeDocIds.length > 0) {
      allowed = allowed.slice(0, this.chunkOfSlot.length);
      for (const docId of excludeDocIds) for (const slot of this.slotsOfDoc.get(docId) ?? []) allowed[slot] = 0;
    }
    const pool = Math.max(this.candidates, query.limit * 2);
    const keyword = this.bm25.search(searchTerms(query.text).slice(0, 256), allowed, pool);
    const vector = this.vectors.search(query.vector, allowed, pool);
    return fuseRankings(keyword, vector, { vectorWeight: this.vectorWeight })
      .slice(0, query.limit)
      .map(({ item, score }) => {
        const chunk = this.chunkOfSlot[item]!;
        return { chunkId: chunk.id, docId: chunk.docId, position: chunk.position, title: chunk.title, heading: chunk.heading, text: chunk.text, score };
      });
  }

  async count(): Promise<number> {
    return this.slotsOfDoc.size;
  }

  async close(): Promise<void> {}

  private replay(log: ChunkLogFile): void {
    const records = log.read();
    for (const record of records) {
      if (record.op === 'put') this.put(record.docId, record.chunks);
      else if (record.op === 'fields') this.setFields(record.docId, record.fields);
      else this.drop(record.docId);
    }
    if (records.length > 2 * this.slotsOfDoc.size + 100) log.rewrite(this.liveDocuments());
  }

  private put(docId: string, chunks: readonly IndexedChunk[]): void {
    this.drop(docId);
    const slots: number[] = [];
    for (const { vector, ...chunk } of chunks) {
      const slot = this.chunkOfSlot.length;
      this.chunkOfSlot.push(chunk);
      this.masks.update(slot, chunk.fields);
      this.vectors.set(slot, vector);
      this.bm25.add(slot, searchTerms(`${chunk.title}\n${chunk.heading}\n${chunk.text}`));
      slots.push(slot);
    }
    this.slotsOfDoc.set(docId, slots);
  }

  private setFields(docId: string, fields: IndexFields): void {
    for (const slot of this.slotsOfDoc.get(docId) ?? []) {
      this.chunkOfSlot[slot] = { ...this.chunkOfSlot[slot]!, fields };
      this.masks.update(slot, fields);
    }
  }

  private drop(docId: string): void {
    for (const slot of this.slotsOfDoc.get(docId) ?? []) {
      this.bm25.remove(slot);
      this.chunkOfSlot[slot] = undefined;
      this.masks.update(slot, undefined);
      this.deadSlots += 1;
    }
    this.slotsOfDoc.delete(docId);
  }

  private liveDocuments(): DocumentChunks[] {
    return [...this.slotsOfDoc].map(([docId, slots]) => ({
      docId,
      chunks: slots.map((slot) => ({ ...this.chunkOfSlot[slot]!, vector: this.vectors.row(slot) })),
    }));
  }

  /** Dead slots still cost scan time and postings memory; rebuild once they outnumber live ones. */
  private compactIfSparse(): void {
    const live = this.chunkOfSlot.length - this.deadSlots;
    if (this.deadSlots < 1000 || this.deadSlots < live) return;
    const documents = this.liveDocuments();
    const fresh = new LocalSearchIndex({ ...this.options, dataDir: undefined });
    for (const doc of documents) fresh.put(doc.docId, doc.chunks);
    Object.assign(this, { bm25: fresh.bm25, vectors: fresh.vectors, chunkOfSlot: fresh.chunkOfSlot, slotsOfDoc: fresh.slotsOfDoc, masks: fresh.masks, deadSlots: 0 });
    this.log?.rewrite(documents);
  }
}
