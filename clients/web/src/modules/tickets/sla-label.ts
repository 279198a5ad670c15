import { formatRelativeTime } from '../ui/format-time';
import type { TicketStatus } from './ticket-types';

export interface SlaLabel {
  readonly text: string;
  readonly tone: 'done' | 'due' | 'overdue';
}

const FINISHED: readonly TicketStatus[] = ['RESOLVED', 'CLOSED'];

/**
 * What the SLA says about a ticket now. A resolved or closed ticket has no clock running ("Resolved 2
 * hours ago", never "SLA in 8 hours"); otherwise the target is the first response until the team has
 * answered, then the resolution (the tickets subgraph moves `slaDueAt` at the first reply).
 */
export function slaLabel(
  ticket: { readonly status: TicketStatus; readonly slaDueAt: string; readonly firstResponseAt: string | null; readonly resolvedAt: string | null },
  now: number,
): SlaLabel {
  if (FINISHED.includes(ticket.status)) {
    const verb = ticket.status === 'CLOSED' ? 'Closed' : 'Resolved';
    return { text: ticket.resolvedAt ? `${verb} ${formatRelativeTime(ticket.resolvedAt, now)}` : verb, tone: 'done' };
  }
  const target = ticket.firstResponseAt ? 'Resolution' : 'First reply';
  const due = new Date(ticket.slaDueAt).getTime();
  if (due <= now) return { text: `${target} overdue (due ${formatRelativeTime(ticket.slaDueAt, now)})`, tone: 'overdue' };
  return { text: `${target} due ${formatRelativeTime(ticket.slaDueAt, now)}`, tone: 'due' };
}
