import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { ClientErrors } from '@support-graph/runtime';
import type { Article } from '../articles/article.js';
import type { KnowledgeContext } from '../knowledge-context.js';
import type { ImportReport } from '../import/import-report.js';
import { ArticleType } from '../schema/article-types.js';
import { ImportFileInput, ImportReportType } from '../schema/import-types.js';
import { CreateArticleInput, UpdateArticleInput } from '../schema/input-types.js';
import { withoutNulls } from './without-nulls.js';

/** Writes to articles: agents, leads and admins only; history records the caller's subject as author. */
@Resolver(() => ArticleType)
export class ArticleMutationResolver {
  @Mutation(() => ArticleType, { description: 'Creates a DRAFT at version 1' })
  async createArticle(@Arg('input', () => CreateArticleInput) input: CreateArticleInput, @Ctx() context: KnowledgeContext): Promise<Article> {
    const { title, body, ...optional } = input;
    return context.engine.articles.createArticle({ title, body, ...withoutNulls(optional) }, context.identity.subject);
  }

  @Mutation(() => ArticleType, { description: 'Edits an article as a new version; a stale `input.version` fails with CONFLICT' })
  async updateArticle(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateArticleInput) input: UpdateArticleInput,
    @Ctx() context: KnowledgeContext,
  ): Promise<Article> {
    const { version, ...changes } = input;
    return context.engine.articles.updateArticle(id, { ...withoutNulls(changes), expectedVersion: version }, context.identity.subject);
  }

  @Mutation(() => ArticleType, { description: 'DRAFT or ARCHIVED → PUBLISHED; anything else fails with CONFLICT' })
  async publishArticle(@Arg('id', () => ID) id: string, @Ctx() context: KnowledgeContext): Promise<Article> {
    return context.engine.articles.publishArticle(id, context.identity.subject);
  }

  @Mutation(() => ArticleType, { description: 'DRAFT or PUBLISHED → ARCHIVED; anything else fails with CONFLICT' })
  async archiveArticle(@Arg('id', () => ID) id: string, @Ctx() context: KnowledgeContext): Promise<Article> {
    return context.engine.articles.archiveArticle(id, context.identity.subject);
  }

  @Mutation(() => ArticleType, { description: 'Restores the content of an earlier version as a new version; history is never rewritten' })
  async rollbackArticle(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: KnowledgeContext,
  ): Promise<Article> {
    return context.engine.articles.rollbackArticle(id, version, context.identity.subject);
  }

  @Mutation(() => ArticleType, { description: 'Links two articles both ways; returns the first' })
  async relateArticles(
    @Arg('id', () => ID) id: string,
    @Arg('relatedId', () => ID) relatedId: string,
    @Ctx() context: KnowledgeContext,
  ): Promise<Article> {
    await context.engine.articles.relateArticles(id, relatedId);
    return reloaded(id, context);
  }

  @Mutation(() => ArticleType, { description: 'Removes the link in either direction; returns the first article' })
  async unrelateArticles(
    @Arg('id', () => ID) id: string,
    @Arg('relatedId', () => ID) relatedId: string,
    @Ctx() context: KnowledgeContext,
  ): Promise<Article> {
    await context.engine.articles.unrelateArticles(id, relatedId);
    return reloaded(id, context);
  }

  @Mutation(() => ImportReportType, { description: 'Imports Markdown (front matter), JSON lines and HTML files; idempotent on external id' })
  async importArticles(@Arg('files', () => [ImportFileInput]) files: ImportFileInput[], @Ctx() context: KnowledgeContext): Promise<ImportReport> {
    return context.engine.imports.importFiles(files.map(({ name, content }) => ({ name, content })), context.identity.subject);
  }

  @Mutation(() => ArticleType, { description: 'Counts one "was this helpful?" answer' })
  async recordArticleFeedback(
    @Arg('id', () => ID) id: string,
    @Arg('helpful', () => Boolean) helpful: boolean,
    @Ctx() context: KnowledgeContext,
  ): Promise<Article> {
    return context.engine.articles.recordFeedback(id, helpful);
  }
}

async function reloaded(id: string, context: KnowledgeContext): Promise<Article> {
  const article = await context.engine.articles.article(id);
  if (!article) throw ClientErrors.notFound('Article', id);
  return article;
}
