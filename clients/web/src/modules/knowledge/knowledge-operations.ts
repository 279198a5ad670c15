import { typedDocument } from '../api/typed-document';
import archiveArticleText from './graphql/archive-article.graphql?raw';
import createArticleText from './graphql/create-article.graphql?raw';
import importArticlesText from './graphql/import-articles.graphql?raw';
import knowledgeArticleText from './graphql/knowledge-article.graphql?raw';
import knowledgeArticlesText from './graphql/knowledge-articles.graphql?raw';
import publishArticleText from './graphql/publish-article.graphql?raw';
import rollbackArticleText from './graphql/rollback-article.graphql?raw';
import searchArticlesText from './graphql/search-articles.graphql?raw';
import updateArticleText from './graphql/update-article.graphql?raw';
import type { ArticleDetail, ArticleDraftFields, ArticleFilter, ArticleStatus, ArticleSummary, ImportReport } from './knowledge-types';

export const KnowledgeArticles = typedDocument<
  { articles: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ArticleSummary }[] } },
  { filter?: ArticleFilter; first: number; after?: string | null }
>(knowledgeArticlesText);

export const SearchArticles = typedDocument<{ searchKnowledge: { score: number; snippet: string; article: ArticleSummary }[] }, { query: string; filter?: ArticleFilter }>(
  searchArticlesText,
);

export const KnowledgeArticle = typedDocument<{ article: ArticleDetail | null }, { id: string }>(knowledgeArticleText);

export const CreateArticle = typedDocument<{ createArticle: { id: string; version: number; status: ArticleStatus } | null }, { input: ArticleDraftFields }>(createArticleText);

export const UpdateArticle = typedDocument<
  { updateArticle: { id: string; version: number; status: ArticleStatus } | null },
  { id: string; input: Partial<ArticleDraftFields> & { version: number } }
>(updateArticleText);

export const PublishArticle = typedDocument<{ publishArticle: { id: string; status: ArticleStatus; version: number } | null }, { id: string }>(publishArticleText);

export const ArchiveArticle = typedDocument<{ archiveArticle: { id: string; status: ArticleStatus; version: number } | null }, { id: string }>(archiveArticleText);

export const RollbackArticle = typedDocument<{ rollbackArticle: { id: string; version: number } | null }, { id: string; version: number }>(rollbackArticleText);

export const ImportArticles = typedDocument<{ importArticles: ImportReport | null }, { files: { name: string; content: string }[] }>(importArticlesText);
