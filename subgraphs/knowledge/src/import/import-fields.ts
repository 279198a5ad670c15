import { ArticleStatus } from '../articles/article.js';
import type { ImportDocument } from './import-document.js';

/** Maps loosely typed metadata (front matter, JSON) onto an ImportDocument, or says what is wrong. */
export function documentFromFields(fields: Record<string, unknown>, fallback: { externalId?: string; title?: string; body?: string }): ImportDocument | string {
  const externalId = text(fields.externalId ?? fields.id) ?? fallback.externalId;
  const title = text(fields.title) ?? fallback.title;
  const body = text(fields.body) ?? fallback.body ?? '';
  if (!externalId) return 'has no id';
  if (!title) return 'has no title';
  const status = text(fields.status)?.toUpperCase();
  if (status && !Object.values(ArticleStatus).includes(status as ArticleStatus)) return `has unknown status ${status}`;
  return {
    externalId,
    title,
    body,
    summary: text(fields.summary),
    tags: list(fields.tags),
    locale: text(fields.locale),
    status: status as ArticleStatus | undefined,
    topicIds: list(fields.topics ?? fields.topicIds),
    productIds: list(fields.products ?? fields.productIds),
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function list(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  return Array.isArray(value) ? value.map(String).filter(Boolean) : undefined;
}
