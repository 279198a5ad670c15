import { createEventBus, createLogger, loadConfigOrExit, resolveInternalSigningKey, startTracing, subgraphPeers } from '@support-graph/runtime';
import { SUBGRAPHS } from './subgraphs/subgraph-catalog.js';
import { configuredSubgraphUrl, subgraphEndpoint } from './subgraphs/subgraph-urls.js';

/**
 * `npm run start:subgraph -- <name>` (or `npm run start:tickets` …): one subgraph of the list alone,
 * for a gateway running elsewhere. It listens on `<NAME>_PORT` and finds its peers at `<NAME>_URL`,
 * else on their ports on this host.
 */
const name = process.argv[2];
const descriptor = SUBGRAPHS.find((candidate) => candidate.name === name);
if (!descriptor) {
  process.stderr.write(`Usage: start-subgraph <name>, where name is one of: ${SUBGRAPHS.map((candidate) => candidate.name).join(', ')}\n`);
  process.exit(2);
}
const config = loadConfigOrExit(process.env, SUBGRAPHS);
const tracing = startTracing({ serviceName: descriptor.name, endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
const logger = createLogger(descriptor.name, config.LOG_LEVEL);
const bus = createEventBus(config, logger);
const urls = new Map(SUBGRAPHS.map((subgraph) => [subgraph.name, configuredSubgraphUrl(config, subgraph)]));
const peers = subgraphPeers(SUBGRAPHS, descriptor.name, (peer) => urls.get(peer) ?? '');
const started = await descriptor.start({
  config,
  logger,
  bus,
  signingKey: await resolveInternalSigningKey(config),
  port: subgraphEndpoint(config, descriptor).port,
  peers,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void started.stop().then(() => bus.close()).then(() => tracing?.shutdown()).then(() => process.exit(0));
  });
}
