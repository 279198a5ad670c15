import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ClientErrors } from '@support-graph/runtime';
import type { Article } from '../articles/article.js';
import type { KnowledgeContext } from '../knowledge-context.js';
import type { KnowledgeHit } from '../search/knowledge-hit.js';
import { ArticleType } from '../schema/article-types.js';
import { ArticleFilterInput } from '../schema/input-types.js';
import { KnowledgeHitType } from '../schema/search-types.js';
import { toArticleFilter } from './article-filter.js';
import { visibleHits } from './visible-hits.js';

@Resolver(() => KnowledgeHitType)
export class SearchResolver {
  @Query(() => [KnowledgeHitType], {
    description: 'Hybrid (keyword + meaning) search over article chunks, best first; the query is plain text, never syntax',
  })
  async searchKnowledge(
    @Arg('query', () => String, { description: '1–1,000 characters with at least one letter or digit' }) query: string,
    @Ctx() context: KnowledgeContext,
    @Arg('filter', () => ArticleFilterInput, { nullable: true }) filter?: ArticleFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 10, description: '1–50' }) first = 10,
  ): Promise<KnowledgeHit[]> {
    const hits = await context.engine.search.searchKnowledge({ query, filter: toArticleFilter(filter), first, audience: context.audience });
    return visibleHits(hits, context);
  }

  @Query(() => [KnowledgeHitType], { description: 'Articles for what a customer is typing on the help page, before a ticket exists; PUBLISHED only' })
  async suggestArticles(
    @Arg('text', () => String, { description: 'Up to 20,000 characters' }) text: string,
    @Ctx() context: KnowledgeContext,
    @Arg('first', () => Int, { defaultValue: 5, description: '1–50' }) first = 5,
  ): Promise<KnowledgeHit[]> {
    return visibleHits(await context.engine.search.suggestArticles(text, first), context);
  }

  @FieldResolver(() => ArticleType)
  async article(@Root() hit: KnowledgeHit, @Ctx() context: KnowledgeContext): Promise<Article> {
    const article = await context.articles.load(hit.articleId);
    if (!article) throw ClientErrors.notFound('Article', hit.articleId);
    return article;
  }
}
