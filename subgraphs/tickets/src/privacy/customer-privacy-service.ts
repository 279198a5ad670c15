import { auditActorOf, ClientErrors, type AuditEntry, type Identity } from '@support-graph/runtime';
import { validId } from '../domain/input-limits.js';
import type { TicketsAuditing } from '../audit/tickets-auditing.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import { erasedCustomerIdentity, scrubEventPayload, scrubTicket } from './customer-scrubbing.js';
import type { PeerPrivacyApi } from './peer-privacy-api.js';

/** Tickets read per page while collecting a customer's tickets. */
const PAGE = 200;

export interface CustomerErasureResult {
  readonly customerId: string;
  readonly ticketCount: number;
  readonly peerRecordsErased: Readonly<Record<string, number>>;
  /** Peers this deployment does not know how to reach (not part of the platform): nothing to erase there. */
  readonly skippedServices: readonly string[];
}

/**
 * GDPR/CCPA rights across every store, orchestrated here because this subgraph owns Customer:
 * the tickets store, then each peer's `@inaccessible` privacy fields, then the audit entry. Erasure
 * is idempotent and ordered so that a retry after a partial failure finishes the job: the customer
 * record stays (anonymised) and keeps its tickets, so their ids are found again for the peers.
 */
export class CustomerPrivacyService {
  constructor(
    private readonly store: TicketStore,
    /** Reachable peers; a missing entry in `skipped` means the peer is not part of this deployment. */
    private readonly peers: readonly PeerPrivacyApi[],
    private readonly skipped: readonly string[],
    private readonly audit: TicketsAuditing,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Everything held about the customer, as one JSON document. */
  async exportCustomer(actor: Identity, rawId: string): Promise<Record<string, unknown>> {
    const customerId = validId('customerId', rawId);
    const customer = await this.store.findCustomer(customerId);
    if (!customer) throw ClientErrors.notFound('Customer', customerId);
    const tickets = await this.ticketsOf(customerId);
    const ticketIds = tickets.map((ticket) => ticket.id);
    const peers = Object.fromEntries(await Promise.all(this.peers.map(async (peer) => [peer.service, await peer.exportTickets(ticketIds)] as const)));
    const audit = await this.auditEntriesNaming(new Set([customerId, ...ticketIds]));
    await this.audit.log.append([
      { actor: auditActorOf(actor), action: 'privacy.customer_exported', target: { type: 'customer', id: customerId }, details: { ticketCount: tickets.length } },
    ]);
    return { exportedAt: this.now().toISOString(), customer, tickets, ...peers, skippedServices: [...this.skipped], audit };
  }

  async eraseCustomer(actor: Identity, rawId: string): Promise<CustomerErasureResult> {
    const customerId = validId('customerId', rawId);
    const erased = await this.store.eraseCustomer(customerId, {
      customer: (customer) => erasedCustomerIdentity(customer.id),
      ticket: scrubTicket,
      outboxPayload: scrubEventPayload,
    });
    if (!erased) throw ClientErrors.notFound('Customer', customerId);
    const peerRecordsErased: Record<string, number> = {};
    for (const peer of this.peers) peerRecordsErased[peer.service] = await peer.eraseTickets(erased.ticketIds);
    const result = { customerId, ticketCount: erased.ticketIds.length, peerRecordsErased, skippedServices: [...this.skipped] };
    await this.audit.log.append([
      {
        actor: auditActorOf(actor),
        action: 'privacy.customer_erased',
        target: { type: 'customer', id: customerId },
        details: { ticketIds: erased.ticketIds, peerRecordsErased, skippedServices: [...this.skipped] },
      },
    ]);
    return result;
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
