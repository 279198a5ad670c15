import {
  createEventStream,
  openAuditChains,
  openAuditLog,
  OutboxRelay,
  serveSubgraph,
  tracedPort,
  type RunningSubgraph,
  type SubgraphStartOptions,
} from '@support-graph/runtime';
import { AuditedDirectoryService } from './audit/audited-directory-service.js';
import type { TicketsAuditing } from './audit/tickets-auditing.js';
import { startAttachments } from './attachments/start-attachments.js';
import { emailConfigured, startEmailChannel, type EmailChannel } from './email/start-email-channel.js';
import { createDirectoryStore } from './directory/store/create-directory-store.js';
import { AgentsTriageLabels } from './import/adapters/agents-triage-labels.js';
import { TicketImporter } from './import/ticket-importer.js';
import { createCustomerPrivacy } from './privacy/create-customer-privacy.js';
import { TicketService } from './services/ticket-service.js';
import { createTicketStore } from './store/create-ticket-store.js';
import type { TicketStore } from './store/ticket-store.js';
import { createTicketsContext, type TicketsContext } from './tickets-context.js';
import { buildTicketsSchema } from './tickets-schema.js';

export interface TicketsSubgraphOptions extends SubgraphStartOptions {
  /** Default: DATA_DIR/tickets.sqlite. */
  readonly sqlitePath?: string;
}

export interface TicketsSubgraph {
  readonly subgraph: RunningSubgraph<TicketsContext>;
  readonly store: TicketStore;
  readonly relay: OutboxRelay;
  /** The email channel, when EMAIL_* configure it (docs/email.md). */
  readonly email: EmailChannel | undefined;
  stop(): Promise<void>;
}

export async function startTicketsSubgraph(options: TicketsSubgraphOptions): Promise<TicketsSubgraph> {
  const logger = options.logger.child({ service: 'tickets' });
  // Store calls made for a request or a job show in its trace.
  const store = tracedPort('store.tickets', 'tickets', await createTicketStore(options.config, options.sqlitePath));
  // The outbox goes to the durable stream (indexing, triage read it) and then to the bus (live updates).
  const stream = createEventStream(options.config, logger);
  const relay = new OutboxRelay(store, { stream, bus: options.bus }, logger);
  const service = new TicketService(store, () => new Date(), () => relay.nudge());
  const directoryStore = await createDirectoryStore(options.config);
  const audit: TicketsAuditing = { log: await openAuditLog(options.config, 'tickets'), chains: await openAuditChains(options.config) };
  const directory = new AuditedDirectoryService(directoryStore, options.bus, audit.log);
  const attachments = startAttachments(options.config, service);
  const email = emailConfigured(options.config) ? await startEmailChannel({ config: options.config, logger, service, store, stream, attachments: attachments.service }) : undefined;
  const local = [attachments.privacy, ...(email ? [email.privacy] : [])];
  const privacy = createCustomerPrivacy({ store, audit, signingKey: options.signingKey, peers: options.peers.all, logger, local });
  // Imported categories go to triage (agents subgraph) when it is part of the platform: looked up per call, it starts after this one.
  const agentsUrl = options.peers.has('agents') ? () => options.peers.url('agents') : undefined;
  const importer = new TicketImporter(store, agentsUrl && new AgentsTriageLabels(agentsUrl, options.signingKey), () => new Date(), () => relay.nudge());
  const subgraph = await serveSubgraph<TicketsContext>({
    name: 'tickets',
    schema: await buildTicketsSchema(),
    port: options.port,
    host: options.config.SUBGRAPH_HOST,
    signingKey: options.signingKey,
    maxBodyBytes: options.config.MAX_BODY_BYTES,
    logger,
    createContext: (identity) => createTicketsContext(service, directory, identity, { audit, privacy, importer, attachments: attachments.service, ...(email ? { deliveries: (ids) => email.index.deliveries(ids) } : {}) }),
    healthCheck: () => store.ping(),
  });
  relay.start();
  email?.start();
  return {
    subgraph,
    store,
    relay,
    email,
    async stop() {
      await email?.stop();
      await subgraph.stop();
      await relay.stop();
      await stream.close();
      await store.close();
      await directoryStore.close();
      await attachments.close();
      await audit.log.close();
      await audit.chains.close();
    },
  };
}
