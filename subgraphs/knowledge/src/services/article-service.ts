import { randomUUID } from 'node:crypto';
import { type Article, ArticleStatus, type ArticleVersion } from '../articles/article.js';
import { decodeArticleCursor, encodeArticleCursor } from '../articles/article-cursor.js';
import type { ArticleDuplicates } from '../articles/article-duplicates.js';
import type { ArticleConnection, ArticleFilter, Audience, CreateArticleInput, UpdateArticleInput } from '../articles/article-queries.js';
import type { ArticleRepository } from '../articles/article-repository.js';
import { articleIdFor, articleIndexFields, checkedContent, indexableArticle, versionEntry } from '../articles/article-writes.js';
import { articleContentHash } from '../articles/content-hash.js';
import { checkTransition } from '../articles/status-transitions.js';
import type { KnowledgeGraph } from '../knowledge-graph.js';
import { KnowledgeError } from '../knowledge-error.js';
import type { DocumentIndexer } from '../search/document-indexer.js';
import { checkedPageSize } from '../search/query-guard.js';
import type { SearchIndex } from '../search/search-index.js';

export interface ArticleServiceDependencies {
  readonly graph: KnowledgeGraph;
  readonly articles: ArticleRepository;
  readonly articleIndex: SearchIndex;
  readonly articleIndexer: DocumentIndexer;
  readonly duplicates: ArticleDuplicates;
  readonly now: () => Date;
}

function visibleTo(article: Article, audience: Audience): boolean {
  return audience === 'agent' || article.status === ArticleStatus.Published;
}

/**
 * Articles one at a time: reading (what an audience may see), writing with history (every change
 * is a new version, never a rewrite), the status workflow, relations and feedback. Each write
 * keeps the article search index current, re-embedding only when the content changed.
 */
export class ArticleService {
  constructor(private readonly deps: ArticleServiceDependencies) {}

  async article(id: string, audience: Audience = 'agent'): Promise<Article | null> {
    const [article] = await this.deps.articles.findByIds([id]);
    return article && visibleTo(article, audience) ? article : null;
  }

  /** Batch read for DataLoader; missing or invisible ids are absent from the result. */
  async articlesByIds(ids: readonly string[], audience: Audience = 'agent'): Promise<Article[]> {
    return (await this.deps.articles.findByIds(ids)).filter((article) => visibleTo(article, audience));
  }

  /** Cursor pagination in id order. */
  async listArticles(filter: ArticleFilter = {}, first = 20, after?: string, audience: Audience = 'agent'): Promise<ArticleConnection> {
    const pageSize = checkedPageSize(first);
    const { ids, hasMore } = await this.deps.articles.listIds(
      {
        statuses: audience === 'customer' ? [ArticleStatus.Published] : filter.statuses,
        locale: filter.locale,
        tags: filter.tags,
        topicId: filter.topicIds?.[0],
        productId: filter.productIds?.[0],
      },
      pageSize,
      after ? decodeArticleCursor(after) : '',
    );
    const nodes = await this.deps.articles.findByIds(ids);
    return { nodes, pageInfo: { endCursor: ids.length ? encodeArticleCursor(ids.at(-1)!) : null, hasNextPage: hasMore } };
  }

  async history(articleId: string): Promise<ArticleVersion[]> {
    await this.existing(articleId);
    return this.deps.articles.versions(articleId);
  }

  /** The article, or NOT_FOUND. */
  async existing(id: string): Promise<Article> {
    const [article] = await this.deps.articles.findByIds([id]);
    if (!article) throw KnowledgeError.notFound('Article', id);
    return article;
  }

  async createArticle(input: CreateArticleInput, author: string): Promise<Article> {
    const content = checkedContent({ title: input.title, body: input.body, summary: input.summary ?? '', tags: input.tags ?? [], locale: input.locale ?? 'en' });
    await this.checkLinks(input.topicIds ?? [], input.productIds ?? []);
    const at = this.deps.now().toISOString();
    const article: Article = {
      ...content,
      id: input.externalId ? articleIdFor(input.externalId) : `art-${randomUUID()}`,
      externalId: input.externalId ?? null,
      status: ArticleStatus.Draft,
      version: 0,
      topicIds: input.topicIds ?? [],
      productIds: input.productIds ?? [],
      relatedIds: [],
      helpfulCount: 0,
      unhelpfulCount: 0,
      contentHash: '',
      createdAt: at,
      updatedAt: at,
    };
    if (input.externalId && (await this.deps.articles.findByIds([article.id])).length > 0) {
      throw KnowledgeError.badInput('externalId', `an article with external id ${input.externalId} already exists`);
    }
    return this.commit(article, null, ['created'], author);
  }

  async updateArticle(id: string, input: UpdateArticleInput, author: string): Promise<Article> {
    const current = await this.existing(id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
      throw KnowledgeError.versionConflict(input.expectedVersion, current.version);
    }
    const content = checkedContent({
      title: input.title ?? current.title,
      body: input.body ?? current.body,
      summary: input.summary ?? current.summary,
      tags: input.tags ?? current.tags,
      locale: input.locale ?? current.locale,
    });
    await this.checkLinks(input.topicIds ?? [], input.productIds ?? []);
    const next: Article = { ...current, ...content, topicIds: input.topicIds ?? current.topicIds, productIds: input.productIds ?? current.productIds };
    const changes = (['title', 'body', 'summary', 'tags', 'locale', 'topicIds', 'productIds'] as const).filter(
      (field) => JSON.stringify(next[field]) !== JSON.stringify(current[field]),
    );
    if (changes.length === 0) return current;
    return this.commit(next, current, changes, author);
  }

  async publishArticle(id: string, author: string): Promise<Article> {
    return this.changeStatus(id, ArticleStatus.Published, author);
  }

  async archiveArticle(id: string, author: string): Promise<Article> {
    return this.changeStatus(id, ArticleStatus.Archived, author);
  }

  /** Restores the content of an earlier version as a new version; history is never rewritten. */
  async rollbackArticle(id: string, version: number, author: string): Promise<Article> {
    const current = await this.existing(id);
    const target = await this.deps.articles.version(id, version);
    if (!target) throw KnowledgeError.notFound('ArticleVersion', `${id}@${version}`);
    return this.commit({ ...current, ...target.content }, current, [`rollback:${version}`], author);
  }

  async relateArticles(articleId: string, relatedId: string): Promise<void> {
    if (articleId === relatedId) throw KnowledgeError.selfRelation();
    await Promise.all([this.existing(articleId), this.existing(relatedId)]);
    await this.deps.articles.relate(articleId, relatedId);
  }

  async unrelateArticles(articleId: string, relatedId: string): Promise<void> {
    await this.deps.articles.unrelate(articleId, relatedId);
  }

  async recordFeedback(articleId: string, helpful: boolean): Promise<Article> {
    await this.existing(articleId);
    await this.deps.articles.recordFeedback(articleId, helpful);
    return this.existing(articleId);
  }

  private async changeStatus(id: string, status: ArticleStatus, author: string): Promise<Article> {
    const current = await this.existing(id);
    checkTransition(current.status, status);
    return this.commit({ ...current, status }, current, [`status:${status}`], author);
  }

  private async commit(next: Article, current: Article | null, changes: string[], author: string): Promise<Article> {
    const at = this.deps.now().toISOString();
    const article: Article = { ...next, version: (current?.version ?? 0) + 1, contentHash: articleContentHash(next), updatedAt: at };
    await this.deps.graph.runInTransaction(this.deps.articles.saveStatements(article, versionEntry(article, changes, author, at)));
    if (!current || current.contentHash !== article.contentHash) await this.deps.articleIndexer.index([indexableArticle(article)]);
    else await this.deps.articleIndex.updateFields(article.id, articleIndexFields(article));
    (await this.deps.duplicates.detector()).remember(article.id, `${article.title}\n${article.body}`);
    return article;
  }

  private async checkLinks(topicIds: readonly string[], productIds: readonly string[]): Promise<void> {
    const [topics, products] = await Promise.all([this.deps.articles.topics(topicIds), this.deps.articles.products(productIds)]);
    const missingTopic = topicIds.find((id) => !topics.some((t) => t.id === id));
    if (missingTopic) throw KnowledgeError.notFound('Topic', missingTopic);
    const missingProduct = productIds.find((id) => !products.some((p) => p.id === id));
    if (missingProduct) throw KnowledgeError.notFound('Product', missingProduct);
  }
}
