import { createEventBus, createLogger, loadConfigOrExit, resolveInternalSigningKey, type PlatformConfig } from '@support-graph/runtime';
import { startAgentsSubgraph } from './start-agents-subgraph.js';

/** Where each peer is when this subgraph runs alone: the configured URL, else its default local port. */
const PEER_URLS: Record<string, (config: PlatformConfig) => string> = {
  tickets: (config) => config.TICKETS_URL ?? `http://127.0.0.1:${config.TICKETS_PORT}/graphql`,
  knowledge: (config) => config.KNOWLEDGE_URL ?? `http://127.0.0.1:${config.KNOWLEDGE_PORT}/graphql`,
};

/** `npm run start:agents`: the agents subgraph alone, for a gateway running elsewhere. */
const config = loadConfigOrExit();
const logger = createLogger('agents', config.LOG_LEVEL);
const bus = createEventBus(config, logger);
const agents = await startAgentsSubgraph({
  config,
  logger,
  bus,
  signingKey: await resolveInternalSigningKey(config),
  subgraphUrl: (name) => {
    const url = PEER_URLS[name];
    if (!url) throw new Error(`Unknown subgraph "${name}"`);
    return url(config);
  },
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void agents.stop().then(() => bus.close()).then(() => process.exit(0));
  });
}
