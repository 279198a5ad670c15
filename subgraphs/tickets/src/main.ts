import { createEventBus, createLogger, loadConfigOrExit, resolveInternalSigningKey } from '@support-graph/runtime';
import { startTicketsSubgraph } from './start-tickets-subgraph.js';

/** `npm run start:tickets`: the tickets subgraph alone, for a gateway running elsewhere. */
const config = loadConfigOrExit();
const logger = createLogger('tickets', config.LOG_LEVEL);
const bus = createEventBus(config, logger);
const tickets = await startTicketsSubgraph({ config, logger, bus, signingKey: await resolveInternalSigningKey(config) });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void tickets.stop().then(() => bus.close()).then(() => process.exit(0));
  });
}
