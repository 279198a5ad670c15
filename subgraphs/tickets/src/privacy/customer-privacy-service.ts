import { auditActorOf, ClientErrors, type AuditEntry, type Identity, type Logger } from '@support-graph/runtime';
import { validId } from '../domain/input-limits.js';
import type { TicketsAuditing } from '../audit/tickets-auditing.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import { erasedCustomerIdentity, scrubEventPayload, scrubTicket } from './customer-scrubbing.js';
import type { PeerPrivacyApi } from './peer-privacy-api.js';
import { erasureIncomplete } from './privacy-errors.js';
import { retryTransient } from './retry-transient.js';

/** Tickets read per page while collecting a customer's tickets. */
const PAGE = 200;

export interface CustomerErasureResult {
  readonly customerId: string;
  readonly ticketCount: number;
  /** Records erased in each participating subgraph, by subgraph name: every one of them finished. */
  readonly peerRecordsErased: Readonly<Record<string, number>>;
}

/**
 * GDPR/CCPA rights across every store, orchestrated here because this subgraph owns Customer:
 * the tickets store, then the privacy fields of every subgraph whose descriptor declares privacy
 * participation, then the audit entry. Each peer call is retried while the peer fails transiently.
 * Erasure is idempotent and ordered so that a retry after a partial failure finishes the job: the
 * customer record stays (anonymised) and keeps its tickets, so their ids are found again for the
 * peers; which subgraphs finished and which did not is written to the audit log either way.
 */
export class CustomerPrivacyService {
  constructor(
    private readonly store: TicketStore,
    /** Every participating peer subgraph, from the platform's list of descriptors. */
    private readonly peers: readonly PeerPrivacyApi[],
    private readonly audit: TicketsAuditing,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Everything held about the customer, as one JSON document. */
  async exportCustomer(actor: Identity, rawId: string): Promise<Record<string, unknown>> {
    const customerId = validId('customerId', rawId);
    const customer = await this.store.findCustomer(customerId);
    if (!customer) throw ClientErrors.notFound('Customer', customerId);
    const tickets = await this.ticketsOf(customerId);
    const ticketIds = tickets.map((ticket) => ticket.id);
    const peers = Object.fromEntries(
      await Promise.all(this.peers.map(async (peer) => [peer.service, await retryTransient(() => peer.exportTickets(ticketIds))] as const)),
    );
    const audit = await this.auditEntriesNaming(new Set([customerId, ...ticketIds]));
    await this.audit.log.append([
      { actor: auditActorOf(actor), action: 'privacy.customer_exported', target: { type: 'customer', id: customerId }, details: { ticketCount: tickets.length } },
    ]);
    return { exportedAt: this.now().toISOString(), customer, tickets, ...peers, audit };
  }

  async eraseCustomer(actor: Identity, rawId: string): Promise<CustomerErasureResult> {
    const customerId = validId('customerId', rawId);
    const erased = await this.store.eraseCustomer(customerId, {
      customer: (customer) => erasedCustomerIdentity(customer.id),
      ticket: scrubTicket,
      outboxPayload: scrubEventPayload,
    });
    if (!erased) throw ClientErrors.notFound('Customer', customerId);
    const outcomes = await Promise.all(
      this.peers.map(async (peer) => {
        try {
          return { service: peer.service, erased: await retryTransient(() => peer.eraseTickets(erased.ticketIds)) };
        } catch (error) {
          this.logger.warn({ err: error, subgraph: peer.service, customerId }, 'customer erasure: a subgraph did not finish');
          return { service: peer.service, erased: undefined };
        }
      }),
    );
    const peerRecordsErased: Record<string, number> = {};
    for (const { service, erased: count } of outcomes) if (count !== undefined) peerRecordsErased[service] = count;
    const pendingSubgraphs = outcomes.filter((outcome) => outcome.erased === undefined).map((outcome) => outcome.service);
    await this.audit.log.append([
      {
        actor: auditActorOf(actor),
        action: pendingSubgraphs.length > 0 ? 'privacy.customer_erasure_incomplete' : 'privacy.customer_erased',
        target: { type: 'customer', id: customerId },
        details: { ticketIds: erased.ticketIds, peerRecordsErased, ...(pendingSubgraphs.length > 0 ? { pendingSubgraphs } : {}) },
      },
    ]);
    if (pendingSubgraphs.length > 0) throw erasureIncomplete(pendingSubgraphs);
    return { customerId, ticketCount: erased.ticketIds.length, peerRecordsErased };
  }

  private async ticketsOf(customerId: string): Promise<TicketRecord[]> {
    const tickets: TicketRecord[] = [];
    let after: number | undefined;
    for (;;) {
      const page = await this.store.listTickets({ customerId }, PAGE, after);
      tickets.push(...page.items);
      if (!page.hasNextPage) return tickets;
      after = page.items.at(-1)?.number;
    }
  }

  /** Entries of every chain whose target, or whose `customerId`/`ticketId`/`ticketIds` details, is the customer or one of their tickets. */
  private async auditEntriesNaming(ids: ReadonlySet<string>): Promise<AuditEntry[]> {
    const found: AuditEntry[] = [];
    for (const service of await this.audit.chains.services()) {
      for await (const entry of this.audit.chains.read(service)) {
        const { customerId, ticketId, ticketIds } = entry.details as { customerId?: unknown; ticketId?: unknown; ticketIds?: unknown };
        const named =
          ids.has(entry.target.id) ||
          (typeof customerId === 'string' && ids.has(customerId)) ||
          (typeof ticketId === 'string' && ids.has(ticketId)) ||
          (Array.isArray(ticketIds) && ticketIds.some((id) => typeof id === 'string' && ids.has(id)));
        if (named) found.push(entry);
      }
    }
    return found;
  }
}
