import type { TicketPriority } from './ticket-enums.js';

const HOUR = 3_600_000;

/** First-response targets per priority. Configuration in spirit; kept here until teams need their own. */
const FIRST_RESPONSE_TARGET_MS: Readonly<Record<TicketPriority, number>> = {
  URGENT: 1 * HOUR,
  HIGH: 4 * HOUR,
  NORMAL: 8 * HOUR,
  LOW: 24 * HOUR,
};

export function slaDueAt(createdAt: Date, priority: TicketPriority): Date {
  return new Date(createdAt.getTime() + FIRST_RESPONSE_TARGET_MS[priority]);
}
