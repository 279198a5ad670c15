import { openAuditChains, openAuditLog, serveSubgraph, type EventBus, type Logger, type PlatformConfig, type RunningSubgraph } from '@support-graph/runtime';
import { AuditedDirectoryService } from './audit/audited-directory-service.js';
import type { TicketsAuditing } from './audit/tickets-auditing.js';
import { createDirectoryStore } from './directory/store/create-directory-store.js';
import { OutboxRelay } from './events/outbox-relay.js';
import { AgentsTriageLabels } from './import/adapters/agents-triage-labels.js';
import { TicketImporter } from './import/ticket-importer.js';
import { createCustomerPrivacy } from './privacy/create-customer-privacy.js';
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
  /** Where peer subgraphs answer (the launcher's lookup), for export and erasure; default KNOWLEDGE_URL / AGENTS_URL. */
  readonly subgraphUrl?: (name: string) => string;
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
  const audit: TicketsAuditing = { log: await openAuditLog(options.config, 'tickets'), chains: await openAuditChains(options.config) };
  const directory = new AuditedDirectoryService(directoryStore, options.bus, audit.log);
  const privacy = createCustomerPrivacy({ config: options.config, store, audit, signingKey: options.signingKey, subgraphUrl: options.subgraphUrl });
  // Imported categories go to triage (agents subgraph) when it is deployed: looked up per call, it starts after this one.
  const { subgraphUrl } = options;
  const configuredAgentsUrl = options.config.AGENTS_URL;
  const agentsUrl = subgraphUrl ? () => subgraphUrl('agents') : configuredAgentsUrl ? () => configuredAgentsUrl : undefined;
  const importer = new TicketImporter(store, agentsUrl && new AgentsTriageLabels(agentsUrl, options.signingKey), () => new Date(), () => relay.nudge());
  const subgraph = await serveSubgraph<TicketsContext>({
    name: 'tickets',
    schema: await buildTicketsSchema(),
    port: options.port ?? options.config.TICKETS_PORT,
    signingKey: options.signingKey,
    maxBodyBytes: options.config.MAX_BODY_BYTES,
    logger,
    createContext: (identity) => createTicketsContext(service, directory, identity, { audit, privacy, importer }),
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
      await audit.log.close();
      await audit.chains.close();
    },
  };
}
