import { auditActorOf, type AuditLog, type Identity, type Logger } from '@support-graph/runtime';
import { TicketStatus } from '../domain/ticket-enums.js';
import type { PeerPrivacyApi } from '../privacy/peer-privacy-api.js';
import { retryTransient } from '../privacy/retry-transient.js';
import type { TicketRecord } from '../store/ticket-records.js';
import type { TicketStore } from '../store/ticket-store.js';
import { purgeEventPayload, purgeTicketText, PURGED_TAG } from './ticket-purging.js';

/** A ticket with this tag is under legal hold: retention leaves it whole. */
export const LEGAL_HOLD_TAG = 'legal-hold';

const DAY = 86_400_000;
const PAGE = 200;
/** Tickets purged per transaction (and file rebuild). */
const BATCH = 100;
const CLOSED = [TicketStatus.RESOLVED, TicketStatus.CLOSED];

export interface RetentionPolicy {
  /** Closed tickets' text is purged this many days after they were resolved (or last changed). */
  readonly textDays: number;
}

export interface RetentionReport {
  readonly ranAt: Date;
  /** Tickets resolved before this lost their text. */
  readonly cutoff: Date;
  readonly purgedTicketIds: string[];
  readonly heldTicketIds: string[];
  /** Records removed in each participating subgraph (knowledge index entries, agent run text). */
  readonly peerRecordsErased: Readonly<Record<string, number>>;
}

/**
 * Purges the text of closed tickets older than the policy from every store: the tickets database
 * (rebuilt, as for erasure) and each subgraph taking part in privacy (the knowledge index, the
 * agents' runs), the same fan-out as customer erasure. Tickets under legal hold are left whole.
 * What was purged, and when, goes to the audit log, which retention never shortens.
 */
export class RetentionService {
  constructor(
    private readonly store: TicketStore,
    private readonly peers: readonly PeerPrivacyApi[],
    private readonly audit: AuditLog,
    private readonly policy: RetentionPolicy,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run(actor: Identity): Promise<RetentionReport> {
    const ranAt = this.now();
    const cutoff = new Date(ranAt.getTime() - this.policy.textDays * DAY);
    const due = await this.closedBefore(cutoff);
    const held = due.filter((ticket) => ticket.tags.includes(LEGAL_HOLD_TAG)).map((ticket) => ticket.id);
    const purged = due.filter((ticket) => !ticket.tags.includes(LEGAL_HOLD_TAG)).map((ticket) => ticket.id);
    const peerRecordsErased: Record<string, number> = {};
    for (let start = 0; start < purged.length; start += BATCH) {
      const batch = purged.slice(start, start + BATCH);
      await this.store.purgeTickets(batch, { ticket: purgeTicketText, outboxPayload: purgeEventPayload });
      for (const peer of this.peers) peerRecordsErased[peer.service] = (peerRecordsErased[peer.service] ?? 0) + (await retryTransient(() => peer.eraseTickets(batch)));
    }
    await this.audit.append([
      {
        actor: auditActorOf(actor),
        action: 'retention.run',
        target: { type: 'retention', id: ranAt.toISOString() },
        details: { cutoff: cutoff.toISOString(), textDays: this.policy.textDays, ticketIds: purged, heldTicketIds: held, peerRecordsErased },
      },
    ]);
    this.logger.info({ purged: purged.length, held: held.length }, 'retention run finished');
    return { ranAt, cutoff, purgedTicketIds: purged, heldTicketIds: held, peerRecordsErased };
  }

  /** Closed tickets resolved (or, without a resolution time, last changed) before the cutoff and not yet purged. */
  private async closedBefore(cutoff: Date): Promise<TicketRecord[]> {
    const found: TicketRecord[] = [];
    let after: number | undefined;
    for (;;) {
      const page = await this.store.listTickets({ status: CLOSED }, PAGE, after);
      for (const ticket of page.items) {
        const closedAt = ticket.resolvedAt ?? ticket.updatedAt;
        if (closedAt < cutoff && !ticket.tags.includes(PURGED_TAG)) found.push(ticket);
      }
      if (!page.hasNextPage || page.items.length === 0) return found;
      after = page.items.at(-1)?.number;
    }
  }
}
