import { createEventBus, createLogger, loadConfigOrExit, resolveInternalSigningKey, startTracing } from '@support-graph/runtime';
import { createAuthenticatorFromConfig } from './create-authenticator-from-config.js';
import { startGatewayServer } from './gateway-server.js';
import { SignedRemoteDataSource } from './subgraphs/signed-remote-data-source.js';
import { SUBGRAPHS } from './subgraphs/subgraph-catalog.js';
import { configuredSubgraphUrl } from './subgraphs/subgraph-urls.js';
import { readSupergraphSdl } from './supergraph-sdl.js';

/** `npm run start:gateway`: the gateway alone, reaching subgraphs over HTTP (production layout). */
const config = loadConfigOrExit(process.env, SUBGRAPHS);
// First, so the servers started below are traced (nothing is registered without an endpoint).
const tracing = startTracing({ serviceName: 'gateway', endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
const logger = createLogger('gateway', config.LOG_LEVEL);
const signingKey = await resolveInternalSigningKey(config);
const urls = new Map(SUBGRAPHS.map((descriptor) => [descriptor.name, configuredSubgraphUrl(config, descriptor)]));
const bus = createEventBus(config, logger);
const ticketsUrl = urls.get('tickets') ?? 'http://localhost:4001/graphql';

const gateway = await startGatewayServer({
  supergraphSdl: readSupergraphSdl(),
  subgraphs: SUBGRAPHS,
  authenticate: await createAuthenticatorFromConfig(config, { ticketsUrl: () => ticketsUrl, signingKey, bus }),
  dataSource: ({ name, url }) => new SignedRemoteDataSource(urls.get(name) ?? url, signingKey),
  readiness: async () => {
    const checks = await Promise.all(
      [...urls].map(async ([name, url]) => {
        try {
          const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) });
          return [name, response.ok] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    return Object.fromEntries(checks);
  },
  port: config.GATEWAY_PORT,
  maxBodyBytes: config.MAX_BODY_BYTES,
  production: config.NODE_ENV === 'production',
  logger,
  config,
  bus,
  ...(urls.has('feedback') ? { surveyLinks: { url: () => urls.get('feedback')!, signingKey } } : {}),
  subgraphUrl: (name) => urls.get(name) ?? '',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void gateway.stop().then(() => tracing?.shutdown()).then(() => process.exit(0));
  });
}
