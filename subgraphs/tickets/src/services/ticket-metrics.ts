import { firstResponseSeconds, resolutionSeconds, slaBreaches, ticketsCreated } from '@support-graph/runtime';
import type { TicketRecord } from '../store/ticket-records.js';

/** The support figures of a committed change (recorded after the commit, so a failed write counts nothing). */
export const ticketMetrics = {
  created(ticket: TicketRecord): void {
    ticketsCreated.inc({ channel: ticket.channel });
  },

  /** The team's first public reply; `dueAt` is when it was due before the reply moved the SLA on. */
  firstResponse(ticket: TicketRecord, dueAt: Date | null): void {
    if (!ticket.firstResponseAt) return;
    firstResponseSeconds.observe((ticket.firstResponseAt.getTime() - ticket.createdAt.getTime()) / 1000);
    if (dueAt && ticket.firstResponseAt > dueAt) slaBreaches.inc({ priority: ticket.priority });
  },

  resolved(ticket: TicketRecord): void {
    if (ticket.resolvedAt) resolutionSeconds.observe((ticket.resolvedAt.getTime() - ticket.createdAt.getTime()) / 1000);
  },
};
