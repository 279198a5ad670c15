import { serveSubgraph, type EventBus, type Logger, type PlatformConfig, type RunningSubgraph } from '@support-graph/runtime';
import { DirectoryService } from './directory/directory-service.js';
import { createDirectoryStore } from './directory/store/create-directory-store.js';
import { OutboxRelay } from './events/outbox-relay.js';
import { TicketService } from './services/ticket-service.js';
import { createTicketStore } from './store/create-ticket-store.js';
import type { TicketStore } from './store/ticket-store.js';
import { createTicketsContext, type TicketsContext } from './tickets-context.js';
import { buildTicketsSchema } from './tickets-schema.js';

export interface TicketsSubgraphOptions {
  readonly config: PlatformConfig;
  readonly logger: Logger;
  readonly bus: EventBus;
  readonly signingKey: Buffer;
  /** Default: TICKETS_PORT. 0 picks a free port. */
  readonly port?: number;
  /** Default: DATA_DIR/tickets.sqlite. */
  readonly sqlitePath?: string;
}

export interface TicketsSubgraph {
  readonly subgraph: RunningSubgraph<TicketsContext>;
  readonly store: TicketStore;
  readonly relay: OutboxRelay;
  stop(): Promise<void>;
}

export async function startTicketsSubgraph(options: TicketsSubgraphOptions): Promise<TicketsSubgraph> {
  const logger = options.logger.child({ service: 'tickets' });
  const store = await createTicketStore(options.config, options.sqlitePath);
  const relay = new OutboxRelay(store, options.bus, logger);
  const service = new TicketService(store, () => new Date(), () => relay.nudge());
  const directoryStore = await createDirectoryStore(options.config);
  const directory = new DirectoryService(directoryStore, options.bus);
  const subgraph = await serveSubgraph<TicketsContext>({
    name: 'tickets',
    schema: await buildTicketsSchema(),
    port: options.port ?? options.config.TICKETS_PORT,
    signingKey: options.signingKey,
    maxBodyBytes: options.config.MAX_BODY_BYTES,
    logger,
    createContext: (identity) => createTicketsContext(service, directory, identity),
    healthCheck: () => store.ping(),
  });
  relay.start();
  return {
    subgraph,
    store,
    relay,
    async stop() {
      await subgraph.stop();
      await relay.stop();
      await store.close();
      await directoryStore.close();
    },
  };
}
