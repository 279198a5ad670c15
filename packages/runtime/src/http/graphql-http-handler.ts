import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { graphqlRequestDuration } from '../metrics.js';
import { BodyTooLargeError, readBody } from './read-json-body.js';

export interface GraphQLHttpHandlerOptions<TContext extends BaseContext> {
  readonly service: string;
  readonly server: ApolloServer<TContext>;
  /** Builds the per-request context; a thrown GraphQLError becomes the response (e.g. 401). */
  readonly context: (request: IncomingMessage, headers: HeaderMap) => Promise<TContext>;
  readonly maxBodyBytes: number;
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
    }
    const headers = toHeaderMap(request);
    const result = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request, headers),
    });
    const status = result.status ?? 200;
    response.statusCode = status;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    endTimer({ status });
  };
}
