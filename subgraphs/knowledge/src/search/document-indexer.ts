import { textHash } from '../articles/content-hash.js';
import type { Embedder } from './embedder.js';
import type { DocumentChunks, IndexFields, SearchIndex } from './search-index.js';
import { chunkMarkdown, type ChunkerOptions } from './chunker.js';

export interface IndexableDocument {
  docId: string;
  title: string;
  body: string;
  fields: IndexFields;
}

/**
 * Chunks documents, embeds only chunks whose text (and model) changed since the stored version,
 * and writes them to the index in one batch. Returns how many chunks were embedded.
 */
export class DocumentIndexer {
  constructor(
    private readonly searchIndex: SearchIndex,
    private readonly embedder: Embedder,
    private readonly chunking: ChunkerOptions = {},
  ) {}

  async index(documents: readonly IndexableDocument[]): Promise<number> {
    if (documents.length === 0) return 0;
    const stored = await this.searchIndex.storedVectors(documents.map((d) => d.docId));
    const prepared = documents.map((doc) => {
      const chunks = chunkMarkdown(doc.body, this.chunking);
      if (chunks.length === 0) chunks.push({ position: 0, heading: '', text: doc.title });
      return {
        doc,
        chunks: chunks.map((chunk) => {
          const embedText = `${doc.title}\n${chunk.heading}\n${chunk.text}`;
          return { ...chunk, embedText, hash: textHash(`${this.embedder.modelId}\n${embedText}`) };
        }),
      };
    });
    const missing = [...new Set(prepared.flatMap((p) => p.chunks.filter((c) => !stored.has(c.hash)).map((c) => c.embedText)))];
    const vectors = await this.embedder.embed(missing);
    const fresh = new Map(missing.map((text, i) => [text, vectors[i]!]));
    const batch: DocumentChunks[] = prepared.map(({ doc, chunks }) => ({
      docId: doc.docId,
      chunks: chunks.map((chunk) => ({
        id: `${doc.docId}#${chunk.position}`,
        docId: doc.docId,
        position: chunk.position,
        title: doc.title,
        heading: chunk.heading,
        text: chunk.text,
        textHash: chunk.hash,
        vector: stored.get(chunk.hash) ?? fresh.get(chunk.embedText)!,
        fields: doc.fields,
      })),
    }));
    await this.searchIndex.upsert(batch);
    return missing.length;
  }
}
