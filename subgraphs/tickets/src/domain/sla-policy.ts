import type { TicketPriority } from './ticket-enums.js';

const HOUR = 3_600_000;

/** First-response targets per priority. Configuration in spirit; kept here until teams need their own. */
export const FIRST_RESPONSE_TARGET_MS: Readonly<Record<TicketPriority, number>> = {
  URGENT: 1 * HOUR,
  HIGH: 4 * HOUR,
  NORMAL: 8 * HOUR,
  LOW: 24 * HOUR,
};

/** Resolution targets per priority, counted from creation: the clock the team works to once it has answered. */
export const RESOLUTION_TARGET_MS: Readonly<Record<TicketPriority, number>> = {
  URGENT: 4 * HOUR,
  HIGH: 24 * HOUR,
  NORMAL: 72 * HOUR,
  LOW: 168 * HOUR,
};

/**
 * The one SLA deadline a ticket shows: the first response is due until the team has answered, then the
 * resolution. Both count from creation, so a reply never buys a ticket more time than its priority allows.
 */
export function slaDueAt(ticket: { readonly createdAt: Date; readonly priority: TicketPriority; readonly firstResponseAt: Date | null }): Date {
  const target = ticket.firstResponseAt ? RESOLUTION_TARGET_MS : FIRST_RESPONSE_TARGET_MS;
  return new Date(ticket.createdAt.getTime() + target[ticket.priority]);
}
