import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { graphqlErrors, graphqlRequestDuration } from '../metrics/request-metrics.js';
import { inSpan, SERVICE_ATTRIBUTE, SpanKind, withIncomingTrace } from '../tracing/trace-context.js';
import { BodyTooLargeError, readBody } from './read-json-body.js';

export interface GraphQLHttpHandlerOptions<TContext extends BaseContext> {
  readonly service: string;
  readonly server: ApolloServer<TContext>;
  /**
   * Builds the per-request context; a thrown GraphQLError becomes the response (e.g. 401). It sees
   * the request as Apollo will (method, search, parsed body) so it can refuse one before parsing.
   */
  readonly context: (request: IncomingMessage, headers: HeaderMap, graphqlRequest: HTTPGraphQLRequest) => Promise<TContext>;
  readonly maxBodyBytes: number;
  /** Most operations in a batched (JSON array) body; more get 400 BATCH_TOO_LARGE. Default: no check here (Apollo's own setting decides). */
  readonly maxBatchSize?: number;
}

/** GraphQL-over-HTTP's persisted document id, `sha256:<hex>`. */
const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/i;

function persistedQueryExtension(documentId: unknown): { version: 1; sha256Hash: string } | undefined {
  const hash = typeof documentId === 'string' ? DOCUMENT_ID.exec(documentId)?.[1] : undefined;
  return hash ? { version: 1, sha256Hash: hash.toLowerCase() } : undefined;
}

/**
 * Apollo Server reads only `query`/`extensions`, so a GraphQL-over-HTTP `documentId` becomes the
 * equivalent `extensions.persistedQuery` (Apollo's form) before the request reaches it.
 */
function withDocumentIdAsExtension(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withDocumentIdAsExtension);
  if (typeof body !== 'object' || body === null || !('documentId' in body)) return body;
  const { documentId, ...rest } = body as { documentId: unknown; extensions?: Record<string, unknown> };
  const persistedQuery = persistedQueryExtension(documentId);
  return persistedQuery ? { ...rest, extensions: { ...rest.extensions, persistedQuery } } : body;
}

function searchWithDocumentIdAsExtension(url: URL): string {
  const persistedQuery = persistedQueryExtension(url.searchParams.get('documentId'));
  if (!persistedQuery || url.searchParams.has('extensions')) return url.search;
  const search = new URLSearchParams(url.searchParams);
  search.delete('documentId');
  search.set('extensions', JSON.stringify({ persistedQuery }));
  return `?${search.toString()}`;
}

function writeError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Node's `http` request → Apollo Server, without a web framework: one less layer on the hot path,
 * and the body size limit is enforced before anything is parsed.
 */
export function createGraphQLHttpHandler<TContext extends BaseContext>(options: GraphQLHttpHandlerOptions<TContext>) {
  const handle = handleGraphQLRequest(options);
  // One server span per request, continuing the caller's trace (`traceparent` from the gateway or a peer).
  return (request: IncomingMessage, response: ServerResponse): Promise<void> =>
    withIncomingTrace({ get: (name) => headerValue(request, name) }, () =>
      inSpan(`graphql ${options.service}`, { kind: SpanKind.SERVER, attributes: { [SERVICE_ATTRIBUTE]: options.service, 'http.request.method': request.method ?? 'GET' } }, async (span) => {
        await handle(request, response);
        span.setAttribute('http.response.status_code', response.statusCode);
      }),
    );
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function handleGraphQLRequest<TContext extends BaseContext>(options: GraphQLHttpHandlerOptions<TContext>) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const endTimer = graphqlRequestDuration.startTimer({ service: options.service });
    const url = new URL(request.url ?? '/', 'http://localhost');
    let body: unknown;
    if (request.method === 'POST') {
      let text: string;
      try {
        text = await readBody(request, options.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          response.setHeader('connection', 'close');
          writeError(response, 413, 'PAYLOAD_TOO_LARGE', error.message);
          endTimer({ status: 413 });
          return;
        }
        throw error;
      }
      try {
        body = text.length === 0 ? {} : JSON.parse(text);
      } catch {
        writeError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
        endTimer({ status: 400 });
        return;
      }
      if (options.maxBatchSize !== undefined && Array.isArray(body) && body.length > options.maxBatchSize) {
        writeError(response, 400, 'BATCH_TOO_LARGE', `A batch may hold at most ${options.maxBatchSize} operations`);
        endTimer({ status: 400 });
        return;
      }
      body = withDocumentIdAsExtension(body);
    }
    const headers = toHeaderMap(request);
    const search = request.method === 'GET' ? searchWithDocumentIdAsExtension(url) : url.search;
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: request.method ?? 'GET', headers, search, body };
    const result = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => options.context(request, headers, httpGraphQLRequest),
    });
    const status = result.status ?? 200;
    response.statusCode = status;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      // A GraphQL error answers 200 as often as not: counted apart from the status, without its message.
      if (status >= 400 || result.body.string.includes('"errors":[')) graphqlErrors.inc({ service: options.service });
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    endTimer({ status });
  };
}
