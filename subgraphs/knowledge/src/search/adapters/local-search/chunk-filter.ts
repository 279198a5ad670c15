import type { IndexFields, IndexFilter } from '../../search-index.js';

/** The filter without document exclusions: what a cached mask is built from (exclusions change every call). */
export type FieldFilter = Omit<IndexFilter, 'excludeDocIds'>;

/** Compiles a filter once into a predicate over a chunk's fields. */
export function compileFilter(filter: FieldFilter): (fields: IndexFields) => boolean {
  const statuses = asSet(filter.statuses);
  const locales = asSet(filter.locales);
  const tags = asSet(filter.tags);
  const topics = asSet(filter.topicIds);
  const products = asSet(filter.productIds);
  return (fields) =>
    (!statuses || statuses.has(fields.status)) &&
    (!locales || locales.has(fields.locale)) &&
    (!tags || fields.tags.some((tag) => tags.has(tag))) &&
    (!topics || fields.topicIds.some((id) => topics.has(id))) &&
    (!products || fields.productIds.some((id) => products.has(id)));
}

/** Same constraint, same key: list order and empty lists do not matter. */
export function filterKey(filter: FieldFilter): string {
  const part = (values: readonly string[] | undefined) => (values && values.length > 0 ? [...new Set(values)].sort() : null);
  return JSON.stringify([part(filter.statuses), part(filter.locales), part(filter.tags), part(filter.topicIds), part(filter.productIds)]);
}

function asSet(values: readonly string[] | undefined): Set<string> | undefined {
  return values && values.length > 0 ? new Set(values) : undefined;
}
