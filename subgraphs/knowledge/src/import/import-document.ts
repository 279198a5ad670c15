import type { ArticleStatus } from '../articles/article.js';

/** One article as any importer reads it; `externalId` is what makes re-imports idempotent. */
export interface ImportDocument {
  externalId: string;
  title: string;
  body: string;
  summary?: string;
  tags?: string[];
  locale?: string;
  status?: ArticleStatus;
  topicIds?: string[];
  productIds?: string[];
}

export interface ImportProblem {
  source: string;
  message: string;
}

export interface ParsedImport {
  documents: ImportDocument[];
  problems: ImportProblem[];
}
