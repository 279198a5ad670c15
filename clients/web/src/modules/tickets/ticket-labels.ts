import type { TicketStatus } from './ticket-types';

export const STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING_CUSTOMER: 'Waiting on customer',
  ESCALATED: 'Escalated',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

/** Statuses an agent still has to act on: the queue's default view. */
export const OPEN_WORK: TicketStatus[] = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'ESCALATED'];
