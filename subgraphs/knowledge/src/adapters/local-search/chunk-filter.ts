import type { IndexFields, IndexFilter } from '../../search-index.js';

/** Compiles a filter once per query into a predicate over a chunk's fields. */
export function compileFilter(filter: IndexFilter): (fields: IndexFields, docId: string) => boolean {
  const statuses = asSet(filter.statuses);
  const locales = asSet(filter.locales);
  const tags = asSet(filter.tags);
  const topics = asSet(filter.topicIds);
  const products = asSet(filter.productIds);
  const excluded = asSet(filter.excludeDocIds);
  return (fields, docId) =>
    (!statuses || statuses.has(fields.status)) &&
    (!locales || locales.has(fields.locale)) &&
    (!tags || fields.tags.some((tag) => tags.has(tag))) &&
    (!topics || fields.topicIds.some((id) => topics.has(id))) &&
    (!products || fields.productIds.some((id) => products.has(id))) &&
    (!excluded || !excluded.has(docId));
}

function asSet(values: readonly string[] | undefined): Set<string> | undefined {
  return values && values.length > 0 ? new Set(values) : undefined;
}
