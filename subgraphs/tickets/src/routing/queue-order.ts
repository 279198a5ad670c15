import { CustomerTier, TicketPriority } from '../domain/ticket-enums.js';

const RANK: Readonly<Record<string, number>> = { [TicketPriority.URGENT]: 0, [TicketPriority.HIGH]: 2, [TicketPriority.NORMAL]: 3, [TicketPriority.LOW]: 4 };
/** Far above any epoch-ms timestamp, so the rank always decides before the age. */
const RANK_WEIGHT = 1e14;

/**
 * A queued ticket's score (lower is served first): urgent tickets, then VIP customers' tickets (rank 1),
 * then by priority; within a rank the oldest first.
 */
export function queueScore(ticket: { readonly priority: string; readonly createdAt: Date }, tier: string | null): number {
  const rank = ticket.priority === TicketPriority.URGENT ? 0 : tier === CustomerTier.VIP ? 1 : (RANK[ticket.priority] ?? 3);
  return rank * RANK_WEIGHT + ticket.createdAt.getTime();
}
