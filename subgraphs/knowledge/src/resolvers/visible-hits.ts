import type { KnowledgeHit } from '../search/knowledge-hit.js';
import type { KnowledgeContext } from '../knowledge-context.js';

/**
 * Keeps the hits whose article this caller may read now. The search index filters by status
 * already; this second look at the graph means an index that lags behind an archive never shows
 * a customer an unpublished article, and it primes the loader for `KnowledgeHit.article`.
 */
export async function visibleHits(hits: readonly KnowledgeHit[], context: KnowledgeContext): Promise<KnowledgeHit[]> {
  const articles = await Promise.all(hits.map((hit) => context.articles.load(hit.articleId)));
  return hits.filter((_hit, index) => articles[index] != null);
}
