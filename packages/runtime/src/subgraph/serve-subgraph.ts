import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { ClientErrors } from '../errors/client-errors.js';
import { maskInternalErrors } from '../errors/mask-internal-errors.js';
import { allReady, dependencyReadiness } from '../health/dependency-readiness.js';
import { createGraphQLHttpHandler } from '../http/graphql-http-handler.js';
import { metricsRegistry } from '../metrics/metrics-registry.js';
import type { Identity } from '../identity/identity.js';
import { IDENTITY_HEADER, IdentityHeaderVerifier } from '../identity/internal-identity-header.js';

/** What every subgraph resolver can rely on: the identity the gateway verified and signed. */
export interface SubgraphContext {
  readonly identity: Identity;
}

export interface SubgraphServiceOptions<TContext extends SubgraphContext> {
  readonly name: string;
  readonly schema: GraphQLSchema;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** Default 127.0.0.1: subgraphs are internal; production sets 0.0.0.0 behind a network policy. */
  readonly host?: string;
  readonly signingKey: Buffer;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
  /** Adds per-request state (loaders, unit of work) to the verified identity. */
  readonly createContext: (identity: Identity) => TContext;
  /** Run by `GET /health`; throws when a dependency (the store) does not answer. */
  readonly healthCheck?: () => Promise<void>;
  /**
   * Extra HTTP endpoints by exact path (e.g. `/webhooks/jira`), for deliveries the gateway forwards
   * (the descriptor's `webhookPaths`). Each checks its caller itself: they carry no identity header.
   */
  readonly routes?: Readonly<Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>>>;
}

export interface RunningSubgraph<TContext extends SubgraphContext> {
  readonly name: string;
  readonly url: string;
  readonly apollo: ApolloServer<TContext>;
  /** The same identity check as over HTTP, for the gateway's in-process data source. */
  contextFromHeader(identityHeader: string | undefined): TContext;
  healthy(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Starts one subgraph: Apollo Server behind Node's http, `/graphql`, `/health` (its store answers) and `/ready` (and Redis does). */
export async function serveSubgraph<TContext extends SubgraphContext>(
  options: SubgraphServiceOptions<TContext>,
): Promise<RunningSubgraph<TContext>> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskInternalErrors(options.logger),
    // Traces are for Apollo's cloud reporting, which we do not use; they cost time on every request.
    // Cache hints are not used either (the gateway sets no cache headers from them), and computing
    // them wraps every resolver of every request.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const verifier = new IdentityHeaderVerifier(options.signingKey);
  const contextFromHeader = (identityHeader: string | undefined): TContext => {
    const identity = verifier.verify(identityHeader);
    if (!identity) throw ClientErrors.unauthenticated('Subgraphs only answer requests forwarded by the gateway');
    return options.createContext(identity);
  };
  const healthy = async () => {
    try {
      await options.healthCheck?.();
      return true;
    } catch (error) {
      options.logger.warn({ err: error }, 'health check failed');
      return false;
    }
  };

  const handleGraphQL = createGraphQLHttpHandler<TContext>({
    service: options.name,
    server: apollo,
    maxBodyBytes: options.maxBodyBytes,
    context: async (_request, headers) => contextFromHeader(headers.get(IDENTITY_HEADER)),
  });

  const http: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/health') {
      void healthy().then((ok) => {
        response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', service: options.name }));
      });
      return;
    }
    if (path === '/ready') {
      // The store (as /health) and the shared dependencies (Redis), each named with why it is down.
      void healthy().then((ok) => {
        const dependencies = dependencyReadiness();
        const ready = ok && allReady(dependencies);
        response.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: ready ? 'ready' : 'unavailable', service: options.name, store: ok, dependencies }));
      });
      return;
    }
    if (path === '/metrics') {
      // Each process reports what happens in it: Prometheus scrapes every subgraph as well as the gateway.
      void metricsRegistry.metrics().then((text) => {
        response.writeHead(200, { 'content-type': metricsRegistry.contentType });
        response.end(text);
      });
      return;
    }
    if (path === '/graphql') {
      handleGraphQL(request, response).catch((error: unknown) => {
        options.logger.error({ err: error }, 'request failed');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
      return;
    }
    const route = path ? options.routes?.[path] : undefined;
    if (route) {
      route(request, response).catch((error: unknown) => {
        options.logger.error({ err: error, path }, 'route failed');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'internal error' }));
      });
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'not found' }));
  });
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolveListen) => http.listen(options.port, options.host ?? '127.0.0.1', resolveListen));
  const { port } = http.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}/graphql`;
  options.logger.info({ url }, `${options.name} subgraph listening`);

  return {
    name: options.name,
    url,
    apollo,
    contextFromHeader,
    healthy,
    async stop() {
      http.closeAllConnections();
      await new Promise<void>((resolveClose) => http.close(() => resolveClose()));
      await apollo.stop();
    },
  };
}
