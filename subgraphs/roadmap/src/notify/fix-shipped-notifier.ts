import type { JobQueue, Logger } from '@support-graph/runtime';
import type { RoadmapStore } from '../store/roadmap-store.js';
import type { SupportTickets } from '../peers/support-tickets.js';
import { customerFixMessage, internalFixNote, type ShippedReason } from './fix-shipped-messages.js';

/** When the customer hears about a shipped fix (ROADMAP_NOTIFY_CUSTOMERS): never, when the issue is done, or when its version is released. */
export type CustomerNotice = 'off' | 'done' | 'released';

export interface FixShippedJob {
  readonly issueId: string;
  readonly ticketId: string;
  readonly reason: ShippedReason;
}

/**
 * Tells every linked ticket that its fix shipped: an internal note, and (per setting) the customer
 * in their language. One durable job per issue, ticket and reason, so a replay tells nobody twice.
 */
export class FixShippedNotifier {
  constructor(
    private readonly store: RoadmapStore,
    private readonly tickets: SupportTickets,
    private readonly queue: JobQueue<FixShippedJob>,
    private readonly customerNotice: CustomerNotice,
    private readonly logger: Logger,
  ) {}

  async issueShipped(issueId: string, reason: ShippedReason): Promise<void> {
    for (const link of await this.store.linksOfIssues([issueId])) {
      await this.queue.enqueue(`shipped:${issueId}:${link.ticketId}:${reason}`, { issueId, ticketId: link.ticketId, reason });
    }
  }

  start(): void {
    this.queue.consume(async ({ payload }) => {
      const issue = await this.store.findIssue(payload.issueId);
      if (!issue?.key) return;
      const version = issue.fixVersionId ? await this.store.findVersion(issue.fixVersionId) : null;
      const ticket = await this.tickets.getTicket(payload.ticketId);
      if (!ticket) return;
      await this.tickets.addInternalNote(ticket.id, internalFixNote(issue.key, payload.reason, version?.name ?? null));
      if (this.customerNotice === payload.reason) await this.tickets.addCustomerMessage(ticket.id, customerFixMessage(ticket.language, version?.name ?? null));
      this.logger.info({ issueId: issue.id, ticketId: ticket.id, reason: payload.reason }, 'linked ticket told the fix shipped');
    });
  }
}
