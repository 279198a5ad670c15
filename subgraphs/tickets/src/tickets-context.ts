import DataLoader from 'dataloader';
import { auditActorOf, type Identity, type SubgraphContext } from '@support-graph/runtime';
import type { AttachmentRecord } from './attachments/attachment-records.js';
import type { AttachmentService } from './attachments/attachment-service.js';
import type { EmailDelivery } from './email/threading/email-thread-index.js';
import type { TicketsAuditing } from './audit/tickets-auditing.js';
import { PiiReadRecorder } from './audit/pii-read-recorder.js';
import type { TicketImporter } from './import/ticket-importer.js';
import type { CustomerPrivacyService } from './privacy/customer-privacy-service.js';
import type { DirectoryService } from './directory/directory-service.js';
import type { UserRecord } from './directory/store/directory-records.js';
import type { TicketService } from './services/ticket-service.js';
import type { CustomerRecord, TicketRecord } from './store/ticket-records.js';

/** Per-request context of the tickets subgraph: the verified identity and batched loaders. */
export interface TicketsContext extends SubgraphContext {
  readonly service: TicketService;
  readonly directory: DirectoryService;
  readonly users: DataLoader<string, UserRecord | null>;
  readonly tickets: DataLoader<string, TicketRecord | null>;
  readonly customers: DataLoader<string, CustomerRecord | null>;
  readonly audit: TicketsAuditing;
  /** Batches this request's audit entries for reads of personal data by non-owners. */
  readonly piiReads: PiiReadRecorder;
  readonly privacy: CustomerPrivacyService;
  readonly importer: TicketImporter;
  readonly attachments: AttachmentService;
  /** The attachments of every ticket of the request, in one read. */
  readonly ticketAttachments: DataLoader<string, AttachmentRecord[]>;
  /** Delivery of each message's email, by message id (null: not emailed). */
  readonly emailDeliveries: DataLoader<string, EmailDelivery | null>;
}

/** Services every request's context shares, besides the ticket use cases and the directory. */
export interface TicketsContextServices {
  readonly audit: TicketsAuditing;
  readonly privacy: CustomerPrivacyService;
  readonly importer: TicketImporter;
  readonly attachments: AttachmentService;
  /** The email channel's delivery records, when email is on. */
  readonly deliveries?: (messageIds: readonly string[]) => Promise<Map<string, EmailDelivery>>;
}

export function createTicketsContext(
  service: TicketService,
  directory: DirectoryService,
  identity: Identity,
  shared: TicketsContextServices,
): TicketsContext {
  return {
    identity,
    service,
    audit: shared.audit,
    privacy: shared.privacy,
    importer: shared.importer,
    attachments: shared.attachments,
    emailDeliveries: new DataLoader(async (ids) => {
      const found = shared.deliveries ? await shared.deliveries(ids) : new Map<string, EmailDelivery>();
      return ids.map((id) => found.get(id) ?? null);
    }),
    ticketAttachments: new DataLoader(async (ids) => {
      const byTicket = await shared.attachments.forTickets(ids);
      return ids.map((id) => byTicket.get(id) ?? []);
    }),
    piiReads: new PiiReadRecorder(shared.audit.log, auditActorOf(identity), identity.role === 'analyst'),
    directory,
    users: new DataLoader(async (ids) => {
      const byId = new Map((await directory.usersByIds(ids)).map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    // One query for all `_entities` references (and all Ticket.customer fields) of a request.
    tickets: new DataLoader((ids) => service.getTicketsByIds(identity, ids)),
    customers: new DataLoader((ids) => service.getCustomersByIds(identity, ids)),
  };
}
