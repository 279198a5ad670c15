import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { allReady, createGraphQLHttpHandler, dependencyReadiness, maskInternalErrors, metricsRegistry, type EventBus, type Logger, type PlatformConfig, type SubgraphDescriptor } from '@support-graph/runtime';
import type { GraphQLSchema } from 'graphql';
import type { RequestAuthenticator } from './authentication/authenticate-request.js';
import type { GatewayContext } from './gateway-context.js';
import { explainAbortedValidation } from './limits/aborted-validation.js';
import { operationLimitPlugins } from './limits/operation-limit-plugins.js';
import { checkDocumentHash } from './persisted-operations/check-document-hash.js';
import { createApqCache } from './persisted-operations/create-apq-cache.js';
import { readPersistedOperations } from './persisted-operations/persisted-query-manifest.js';
import { createPersistedOperationStep } from './persisted-operations/require-persisted-operation.js';
import { usePersistedOperations } from './persisted-operations/use-persisted-operations.js';
import { createRateLimiter } from './rate-limit/create-rate-limiter.js';
import { createRateLimitStep } from './rate-limit/enforce-rate-limit.js';
import { InFlightDeduplication } from './subgraphs/in-flight-deduplication.js';
import { startSubscriptionServer, type SubscriptionServer } from './subscriptions/subscription-server.js';
import { createSurveyLinkEndpoint, type SurveyLinkTarget } from './web/survey-link-endpoint.js';
import { createWebRoutes } from './web/web-routes.js';
import { createWebhookForwarder } from './webhooks/forward-webhook.js';

export interface GatewayServerOptions {
  readonly supergraphSdl: string;
  /** The subgraphs of the supergraph; their subscription sources feed the subscription bridge. */
  readonly subgraphs: readonly SubgraphDescriptor[];
  /** Who is calling (bearer token or partner API key), checked against the directory. */
  readonly authenticate: RequestAuthenticator;
  /** The data source for each subgraph of the supergraph, by name. */
  readonly dataSource: (subgraph: { name: string; url: string }) => GraphQLDataSource<GatewayContext>;
  /** Whether each subgraph answers, for `GET /ready`. */
  readonly readiness: () => Promise<Record<string, boolean>>;
  readonly port: number;
  /** Default 0.0.0.0: the gateway is the public entry point. */
  readonly host?: string;
  readonly maxBodyBytes: number;
  readonly production: boolean;
  readonly logger: Logger;
  /** Operation limits, batch size, rate limits and the APQ cache (GRAPHQL_*, RATE_LIMIT_*, APQ_*, REDIS_URL). */
  readonly config: PlatformConfig;
  /** The event bus the subscription bridge streams from (WebSocket on the same URL); no subscriptions without it. */
  readonly bus?: EventBus;
  /** The feedback subgraph, for `POST /survey-link` (CSAT by signed link, no sign-in); absent without it. */
  readonly surveyLinks?: SurveyLinkTarget;
  /** Where each subgraph answers GraphQL, for forwarding its webhook paths (descriptors' `webhookPaths`). */
  readonly subgraphUrl?: (name: string) => string;
}

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly http: Server;
  /** The graphql-ws bridge, when a bus was given. */
  readonly subscriptions: SubscriptionServer | undefined;
  stop(): Promise<void>;
}

function json(response: import('node:http').ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Apollo Gateway behind Node's http: `/graphql`, `/health` (process up), `/ready` (subgraphs and Redis up), `/metrics`. */
export async function startGatewayServer(options: GatewayServerOptions): Promise<RunningGateway> {
  // Apollo Gateway otherwise probes cloud metadata endpoints and sends usage metrics to Apollo:
  // support data stays here, and the gateway makes no network call we did not ask for.
  process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Identical reads in flight at once reach each subgraph once (subgraphs/in-flight-deduplication.ts).
    buildService: (definition) => new InFlightDeduplication(options.dataSource({ name: definition.name, url: definition.url ?? '' })),
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => {
    apiSchema = loaded;
  });
  const { config } = options;
  const persistedOperations = readPersistedOperations();
  const rateLimiter = createRateLimiter(config, options.logger);
  const enforceRateLimit = createRateLimitStep({ limiter: rateLimiter, logger: options.logger });
  const requirePersistedOperation = createPersistedOperationStep({ operations: persistedOperations });
  const apqCache = createApqCache(config, options.logger);
  const maskErrors = maskInternalErrors(options.logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Decided per role by useIntrospectionPolicy (analyst and admin keep it in production).
    introspection: true,
    // No "Did you mean …?" in production: validation errors must not map the schema out.
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: config.GRAPHQL_MAX_BATCH_SIZE > 1,
    // Automatic persisted queries for first-party clients; partners are kept to the manifest.
    persistedQueries: { ttl: config.APQ_TTL_SECONDS, ...(apqCache ? { cache: apqCache } : {}) },
    // A huge document is refused while it is parsed, before validation gets to spend time on it.
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    plugins: [usePersistedOperations({ operations: persistedOperations }), ...operationLimitPlugins(config, options.production)],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskErrors(explainAbortedValidation(formatted), error),
  });
  await apollo.start();

  const handleGraphQL = createGraphQLHttpHandler<GatewayContext>({
    service: 'gateway',
    server: apollo,
    maxBodyBytes: options.maxBodyBytes,
    maxBatchSize: config.GRAPHQL_MAX_BATCH_SIZE,
    context: async (_request, headers, graphqlRequest) => {
      const identity = await options.authenticate(headers);
      // After authentication (a budget belongs to a principal), before anything is parsed.
      await enforceRateLimit(identity, graphqlRequest);
      requirePersistedOperation(identity, graphqlRequest);
      checkDocumentHash(graphqlRequest);
      return { identity };
    },
  });

  // The web console, its settings and the dev sign-in (gateway/src/web/).
  const serveWeb = createWebRoutes({ config, logger: options.logger });
  const answerSurveyLink = options.surveyLinks ? createSurveyLinkEndpoint(options.surveyLinks, options.logger) : undefined;
  const subgraphUrl = options.subgraphUrl;
  const forwardWebhook = subgraphUrl
    ? createWebhookForwarder({ subgraphs: options.subgraphs, subgraphUrl, maxBodyBytes: options.maxBodyBytes, logger: options.logger })
    : () => false;

  const requestTimeout = config.GATEWAY_REQUEST_TIMEOUT_MS;
  const http = createServer({
    // Slow-body (slowloris) connections are answered 408 and closed; Node checks open connections
    // every connectionsCheckingInterval, 30 s by default, so it is tightened with the timeout.
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 10_000),
    connectionsCheckingInterval: Math.min(1000, requestTimeout / 2),
  }, (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    switch (path) {
      case '/graphql':
        handleGraphQL(request, response).catch((error: unknown) => {
          options.logger.error({ err: error }, 'gateway request failed');
          if (!response.headersSent) json(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
          else response.end();
        });
        return;
      case '/survey-link':
        if (answerSurveyLink) void answerSurveyLink(request, response);
        else json(response, 404, { error: 'not found' });
        return;
      case '/health':
        json(response, 200, { status: 'ok' });
        return;
      case '/ready':
        void options.readiness().then((subgraphs) => {
          // Redis (when used) too: the durable stream, queues and live updates need it.
          const dependencies = dependencyReadiness();
          const ready = Object.values(subgraphs).every(Boolean) && allReady(dependencies);
          const named = Object.keys(dependencies).length > 0 ? { dependencies } : {};
          json(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', subgraphs, ...named });
        });
        return;
      case '/metrics':
        void metricsRegistry.metrics().then((text) => {
          response.writeHead(200, { 'content-type': metricsRegistry.contentType });
          response.end(text);
        });
        return;
      default:
        if (forwardWebhook(request, response, path ?? '/')) return;
        if (!serveWeb(request, response, path ?? '/')) json(response, 404, { error: 'not found' });
    }
  });
  http.keepAliveTimeout = 65_000;
  // graphql-ws on the same port and path as HTTP (docs/subscriptions.md).
  const subscriptions = options.bus
    ? await startSubscriptionServer({
        http,
        apollo,
        schema: () => apiSchema,
        supergraphSdl: options.supergraphSdl,
        subgraphs: options.subgraphs,
        authenticate: options.authenticate,
        rateLimit: enforceRateLimit,
        guard: { config, production: options.production, persistedOperations },
        dataSource: options.dataSource,
        bus: options.bus,
        logger: options.logger,
      })
    : undefined;
  await new Promise<void>((resolveListen) => http.listen(options.port, options.host ?? '0.0.0.0', resolveListen));
  const { port } = http.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  options.logger.info({ url }, 'gateway listening');
  return {
    url,
    port,
    http,
    subscriptions,
    async stop() {
      await subscriptions?.close();
      http.closeAllConnections();
      await new Promise<void>((resolveClose) => http.close(() => resolveClose()));
      await apollo.stop();
      await rateLimiter.close();
      await apqCache?.close();
    },
  };
}
