import { createHash } from 'node:crypto';
import { createDomainEvent, type DomainEvent } from '@support-graph/runtime';

/** Routing's live events: ids, presence and our own explanations, never customer text or staff emails. */
export const ROUTING_EVENT_PREFIX = 'routing.';

export const RoutingEventType = {
  PresenceChanged: 'routing.presence_changed',
  TicketAssigned: 'routing.ticket_assigned',
  /** An SLA deadline is near (`breached` false) or has passed (true). */
  SlaNotice: 'routing.sla_notice',
} as const;

/**
 * Who may receive an agent's notifications, without putting their email on the bus: the SHA-256 of
 * the lower-cased sign-in email, which the subscription compares with the subscriber's.
 */
export function recipientKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export function presenceChanged(agentId: string, presence: string, previous: string | null): DomainEvent {
  return createDomainEvent(RoutingEventType.PresenceChanged, agentId, { agentId, presence, previous });
}

export function ticketRouted(ticketId: string, agentId: string, agentEmail: string, teamId: string, reason: string): DomainEvent {
  return createDomainEvent(RoutingEventType.TicketAssigned, ticketId, { ticketId, agentId, recipient: recipientKey(agentEmail), teamId, reason });
}

/** `recipient` is null when nobody is assigned: the breach is still published and audited. */
export function slaNotice(ticketId: string, clock: string, dueAt: Date, breached: boolean, assigneeEmail: string | null): DomainEvent {
  return createDomainEvent(RoutingEventType.SlaNotice, ticketId, { ticketId, clock, dueAt: dueAt.toISOString(), breached, recipient: assigneeEmail ? recipientKey(assigneeEmail) : null });
}
