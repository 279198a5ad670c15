import { createHash } from 'node:crypto';
import type { Article, ArticleContent, ArticleVersion } from './article.js';
import { KnowledgeError } from '../knowledge-error.js';
import type { IndexableDocument } from '../search/document-indexer.js';
import type { IndexFields } from '../search/search-index.js';

// What both ways of writing an article (the article service and imports) need: validation, the
// stable id, the history entry and the search-index document.

export function checkedContent(content: ArticleContent): ArticleContent {
  const title = content.title.trim();
  if (title === '') throw KnowledgeError.badInput('title', 'must not be empty');
  if (title.length > 300) throw KnowledgeError.badInput('title', 'must be at most 300 characters');
  if (content.body.length > 1_000_000) throw KnowledgeError.badInput('body', 'must be at most 1,000,000 characters');
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(content.locale)) throw KnowledgeError.badInput('locale', 'must be a language tag such as en or pt-BR');
  const tags = [...new Set(content.tags.map((tag) => tag.trim()).filter(Boolean))];
  return { ...content, title, tags };
}

/** Stable across stores and re-imports: the same external id always names the same article. */
export function articleIdFor(externalId: string): string {
  return `art-${createHash('sha256').update(externalId).digest('hex').slice(0, 24)}`;
}

export function versionEntry(article: Article, changes: string[], author: string, at: string): ArticleVersion {
  const { title, body, summary, tags, locale } = article;
  return { articleId: article.id, version: article.version, author, at, changes, status: article.status, content: { title, body, summary, tags, locale } };
}

export function articleIndexFields(article: Article): IndexFields {
  return { status: article.status, locale: article.locale, tags: article.tags, topicIds: article.topicIds, productIds: article.productIds };
}

export function indexableArticle(article: Article): IndexableDocument {
  return { docId: article.id, title: article.title, body: article.summary ? `${article.summary}\n\n${article.body}` : article.body, fields: articleIndexFields(article) };
}
