import { type Collection, Filters, type FilterValue } from 'weaviate-client';
import type { IndexFilter } from '../../search-index.js';
import type { ChunkProperties } from './chunk-properties.js';

export type ChunkCollection = Collection<ChunkProperties, string>;

/**
 * The index filter as a Weaviate `where` filter, applied inside the hybrid query (never after it,
 * which would return fewer than `limit` hits). Scalar fields use OR of equals, list fields
 * ContainsAny; empty lists do not constrain. Undefined when nothing constrains.
 */
export function weaviateFilter(filter: IndexFilter, collection: ChunkCollection): FilterValue | undefined {
  const parts: FilterValue[] = [];
  const anyOf = (values: readonly string[] | undefined, name: 'docId' | 'status' | 'locale') => {
    if (values && values.length > 0) parts.push(either(values.map((value) => collection.filter.byProperty(name).equal(value))));
  };
  const containsAny = (values: readonly string[] | undefined, name: 'tags' | 'topicIds' | 'productIds') => {
    if (values && values.length > 0) parts.push(collection.filter.byProperty(name).containsAny([...values]));
  };
  anyOf(filter.statuses, 'status');
  anyOf(filter.locales, 'locale');
  containsAny(filter.tags, 'tags');
  containsAny(filter.topicIds, 'topicIds');
  containsAny(filter.productIds, 'productIds');
  for (const docId of filter.excludeDocIds ?? []) parts.push(collection.filter.byProperty('docId').notEqual(docId));
  return both(parts);
}

/** Chunks of any of these documents. */
export function docIdIn(docIds: readonly string[], collection: ChunkCollection): FilterValue | undefined {
  return docIds.length === 0 ? undefined : either(docIds.map((docId) => collection.filter.byProperty('docId').equal(docId)));
}

function either(filters: FilterValue[]): FilterValue {
  return filters.length === 1 ? filters[0]! : Filters.or(...filters);
}

function both(filters: FilterValue[]): FilterValue | undefined {
  if (filters.length === 0) return undefined;
  return filters.length === 1 ? filters[0]! : Filters.and(...filters);
}
