import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ClientErrors } from '@support-graph/runtime';
import type { Article, Product, Topic } from '../articles/article.js';
import { encodeArticleCursor } from '../articles/article-cursor.js';
import type { KnowledgeContext } from '../knowledge-context.js';
import { ArticleConnectionType, ArticleType, ArticleVersionType, ProductType, TopicType } from '../schema/article-types.js';
import { ArticleFilterInput } from '../schema/input-types.js';
import { countArticles } from './article-count.js';
import { toArticleFilter } from './article-filter.js';
import { presentEntries } from './present-entries.js';

/** What `articles` hands to the connection's field resolvers: `totalCount` is computed only when asked for. */
export interface ArticleConnectionRoot {
  readonly edges: { cursor: string; node: Article }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
  readonly count: () => Promise<number>;
}

@Resolver(() => ArticleType)
export class ArticleResolver {
  @Query(() => ArticleType, { nullable: true, description: 'One article; customers only see PUBLISHED ones (others answer NOT_FOUND)' })
  async article(@Arg('id', () => ID) id: string, @Ctx() context: KnowledgeContext): Promise<Article> {
    const article = await context.articles.load(id);
    if (!article) throw ClientErrors.notFound('Article', id);
    return article;
  }

  @Query(() => ArticleConnectionType, { description: 'Articles in id order as a cursor connection; customers get PUBLISHED only' })
  async articles(
    @Ctx() context: KnowledgeContext,
    @Arg('filter', () => ArticleFilterInput, { nullable: true }) filter?: ArticleFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ArticleConnectionRoot> {
    const engineFilter = toArticleFilter(filter);
    const page = await context.engine.articles.listArticles(engineFilter, first, after ?? undefined, context.audience);
    return {
      edges: page.nodes.map((node) => ({ cursor: encodeArticleCursor(node.id), node })),
      pageInfo: page.pageInfo,
      count: () => countArticles(context.engine.articles, engineFilter, context.audience),
    };
  }

  @FieldResolver(() => [ArticleVersionType], { description: 'Every version, oldest first; support team only' })
  async history(@Root() article: Article, @Ctx() context: KnowledgeContext): Promise<ArticleVersionType[]> {
    const versions = await context.engine.articles.history(article.id);
    return versions.map((entry) => ({ version: entry.version, author: entry.author, changedAt: entry.at, changes: entry.changes, status: entry.status, ...entry.content }));
  }

  @FieldResolver(() => [TopicType])
  async topics(@Root() article: Article, @Ctx() context: KnowledgeContext): Promise<Topic[]> {
    return presentEntries(await context.topics.loadMany(article.topicIds));
  }

  @FieldResolver(() => [ProductType])
  async products(@Root() article: Article, @Ctx() context: KnowledgeContext): Promise<Product[]> {
    return presentEntries(await context.products.loadMany(article.productIds));
  }

  @FieldResolver(() => [ArticleType], { description: 'Articles linked with relateArticles that this caller may see' })
  async relatedArticles(@Root() article: Article, @Ctx() context: KnowledgeContext): Promise<Article[]> {
    return presentEntries(await context.articles.loadMany(article.relatedIds));
  }
}

@Resolver(() => ArticleConnectionType)
export class ArticleConnectionResolver {
  @FieldResolver(() => Int, { description: 'Articles matching the filter, on all pages' })
  async totalCount(@Root() connection: ArticleConnectionRoot): Promise<number> {
    return connection.count();
  }
}
