import type { HTTPGraphQLRequest } from '@apollo/server';

/** What an HTTP GraphQL request asks to run: a document, a persisted id, both (an APQ registration) or neither. */
export interface RequestedOperation {
  readonly hasDocument: boolean;
  readonly sha256Hash: string | undefined;
  /** The document text, when the request carries one. */
  readonly document: string | undefined;
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
    const document = search.get('query') || undefined;
    return { hasDocument: Boolean(document), document, sha256Hash: persistedHash(parsedJson(search.get('extensions'))) };
  }
  return requestedInBody(request.body);
}

/** One operation of a POST body (an element of a batch, or the whole body). */
export function requestedInBody(body: unknown): RequestedOperation {
  const operation = (typeof body === 'object' && body !== null ? body : {}) as { query?: unknown; extensions?: unknown };
  const document = typeof operation.query === 'string' && operation.query.length > 0 ? operation.query : undefined;
  return { hasDocument: document !== undefined, document, sha256Hash: persistedHash(operation.extensions) };
}
