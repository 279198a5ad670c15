import type { HTTPGraphQLRequest } from '@apollo/server';

/** What an HTTP GraphQL request asks to run: a document, a persisted id, both (an APQ registration) or neither. */
export interface RequestedOperation {
  readonly hasDocument: boolean;
  readonly sha256Hash: string | undefined;
}

function persistedHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persistedQuery = (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
  return typeof persistedQuery?.sha256Hash === 'string' ? persistedQuery.sha256Hash : undefined;
}

function parsedJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads one (non-batched) request the way Apollo Server will: POST JSON body or GET search
 * parameters. `documentId` has already become `extensions.persistedQuery` in the HTTP handler.
 */
export function requestedOperation(request: HTTPGraphQLRequest): RequestedOperation {
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.search);
    return { hasDocument: Boolean(search.get('query')), sha256Hash: persistedHash(parsedJson(search.get('extensions'))) };
  }
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as { query?: unknown; extensions?: unknown };
  return { hasDocument: typeof body.query === 'string' && body.query.length > 0, sha256Hash: persistedHash(body.extensions) };
}
