import { dataType, tokenization, type PropertyConfigCreate } from 'weaviate-client';
import type { IndexedChunk, IndexFields } from '../../search-index.js';
import { searchTerms } from '../../../text/tokenizer.js';

/** One chunk as a Weaviate object (the vector travels beside it, supplied by our Embedder). */
export type ChunkProperties = {
  chunkId: string;
  docId: string;
  position: number;
  title: string;
  heading: string;
  text: string;
  textHash: string;
  /** Our stemmed, stopword-free search terms: BM25 runs on these so both adapters match words the same way. */
  terms: string;
  status: string;
  locale: string;
  tags: string[];
  topicIds: string[];
  productIds: string[];
};

/** Identifiers and filter fields match whole values (`field`); `terms` is already tokenised, so split on spaces only. */
const exactText = { dataType: dataType.TEXT, tokenization: tokenization.FIELD, indexSearchable: false } as const;
const exactList = { dataType: dataType.TEXT_ARRAY, tokenization: tokenization.FIELD, indexSearchable: false } as const;
const stored = { dataType: dataType.TEXT, indexSearchable: false, indexFilterable: false } as const;

export const CHUNK_PROPERTIES: PropertyConfigCreate<ChunkProperties>[] = [
  { name: 'chunkId', ...exactText },
  { name: 'docId', ...exactText },
  { name: 'position', dataType: dataType.INT },
  { name: 'title', ...stored },
  { name: 'heading', ...stored },
  { name: 'text', ...stored },
  { name: 'textHash', ...exactText },
  { name: 'terms', dataType: dataType.TEXT, tokenization: tokenization.WHITESPACE, indexFilterable: false },
  { name: 'status', ...exactText },
  { name: 'locale', ...exactText },
  { name: 'tags', ...exactList },
  { name: 'topicIds', ...exactList },
  { name: 'productIds', ...exactList },
];

export function fieldProperties(fields: IndexFields): Pick<ChunkProperties, 'status' | 'locale' | 'tags' | 'topicIds' | 'productIds'> {
  return { status: fields.status, locale: fields.locale, tags: [...fields.tags], topicIds: [...fields.topicIds], productIds: [...fields.productIds] };
}

export function chunkProperties(chunk: IndexedChunk): ChunkProperties {
  return {
    chunkId: chunk.id,
    docId: chunk.docId,
    position: chunk.position,
    title: chunk.title,
    heading: chunk.heading,
    text: chunk.text,
    textHash: chunk.textHash,
    terms: searchTerms(`${chunk.title}\n${chunk.heading}\n${chunk.text}`).join(' '),
    ...fieldProperties(chunk.fields),
  };
}
