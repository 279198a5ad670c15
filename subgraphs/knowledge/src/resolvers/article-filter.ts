import type { ArticleFilter } from '../articles/article-queries.js';
import type { ArticleFilterInput } from '../schema/input-types.js';

/** The GraphQL filter names one topic and one product; the engine takes lists. */
export function toArticleFilter(input: ArticleFilterInput | null | undefined): ArticleFilter {
  return {
    ...(input?.status?.length ? { statuses: input.status } : {}),
    ...(input?.locale ? { locale: input.locale } : {}),
    ...(input?.tags?.length ? { tags: input.tags } : {}),
    ...(input?.topicId ? { topicIds: [input.topicId] } : {}),
    ...(input?.productId ? { productIds: [input.productId] } : {}),
  };
}
