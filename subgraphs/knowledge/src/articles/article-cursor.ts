import { KnowledgeError } from '../knowledge-error.js';

/** Opaque cursor: the last article id of a page, base64url-encoded so clients do not parse it. */
export function encodeArticleCursor(articleId: string): string {
  return Buffer.from(`a:${articleId}`, 'utf8').toString('base64url');
}

export function decodeArticleCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('a:') || encodeArticleCursor(decoded.slice(2)) !== cursor) throw KnowledgeError.invalidCursor();
  return decoded.slice(2);
}
