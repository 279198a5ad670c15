import { createHash } from 'node:crypto';
import type { ArticleContent } from './article.js';

/** Hash of everything that is embedded or shown; two articles with one hash need no re-embedding. */
export function articleContentHash(content: ArticleContent): string {
  const canonical = JSON.stringify([content.title, content.body, content.summary, [...content.tags].sort(), content.locale]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
