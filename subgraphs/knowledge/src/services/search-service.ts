import { ArticleStatus } from '../articles/article.js';
import type { ArticleFilter, Audience } from '../articles/article-queries.js';
import type { Embedder } from '../search/embedder.js';
import { aggregateChunkHits } from '../search/article-hit-aggregator.js';
import type { KnowledgeHit, SearchKnowledgeInput } from '../search/knowledge-hit.js';
import { checkedPageSize, checkedQuery, MAX_QUERY_CHARS, MAX_SUGGESTION_TEXT_CHARS } from '../search/query-guard.js';
import { highlightSnippet } from '../search/snippet-highlighter.js';
import type { IndexFilter, SearchIndex } from '../search/search-index.js';

function indexFilter(filter: ArticleFilter, audience: Audience): IndexFilter {
  return {
    statuses: audience === 'customer' ? [ArticleStatus.Published] : filter.statuses,
    locales: filter.locale ? [filter.locale] : undefined,
    tags: filter.tags,
    topicIds: filter.topicIds,
    productIds: filter.productIds,
  };
}

/** Hybrid (keyword + vector) search over article chunks, one hit per article with a highlighted snippet. */
export class SearchService {
  constructor(
    private readonly articleIndex: SearchIndex,
    private readonly embedder: Embedder,
  ) {}

  async searchKnowledge(input: SearchKnowledgeInput): Promise<KnowledgeHit[]> {
    const query = checkedQuery(input.query, 'query', MAX_QUERY_CHARS);
    return this.searchArticles(query, input.filter ?? {}, input.audience, checkedPageSize(input.first ?? 10, 50));
  }

  /** Help-page suggestions before a ticket exists: customers, so PUBLISHED only. */
  async suggestArticles(text: string, first = 5): Promise<KnowledgeHit[]> {
    const query = checkedQuery(text, 'text', MAX_SUGGESTION_TEXT_CHARS);
    return this.searchArticles(query, {}, 'customer', checkedPageSize(first, 50));
  }

  /** The best `first` articles for an already checked query, as `audience` may see them. */
  async searchArticles(query: string, filter: ArticleFilter, audience: Audience, first: number): Promise<KnowledgeHit[]> {
    const [vector] = await this.embedder.embed([query]);
    const chunkHits = await this.articleIndex.search({ text: query, vector: vector!, filter: indexFilter(filter, audience), limit: first * 4 + 20 });
    return aggregateChunkHits(chunkHits, first).map(({ docId, score, best }) => ({
      articleId: docId,
      title: best.title,
      score,
      snippet: highlightSnippet(best.text, query),
      chunk: { id: best.chunkId, position: best.position, heading: best.heading, text: best.text },
    }));
  }
}
