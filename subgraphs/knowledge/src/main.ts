import { createEventBus, createLogger, loadConfigOrExit, resolveInternalSigningKey } from '@support-graph/runtime';
import { startKnowledgeSubgraph } from './start-knowledge-subgraph.js';

/** `npm run start:knowledge`: the knowledge subgraph alone, for a gateway running elsewhere. */
const config = loadConfigOrExit();
const logger = createLogger('knowledge', config.LOG_LEVEL);
const bus = createEventBus(config, logger);
const knowledge = await startKnowledgeSubgraph({
  config,
  logger,
  bus,
  signingKey: await resolveInternalSigningKey(config),
  ticketsUrl: config.TICKETS_URL ?? 'http://localhost:4001/graphql',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void knowledge.stop().then(() => bus.close()).then(() => process.exit(0));
  });
}
