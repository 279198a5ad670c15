import type { SubscriptionSource } from '@support-graph/runtime';
import { recipientKey, RoutingEventType, ROUTING_EVENT_PREFIX } from '../routing/routing-events.js';

/** `slaNotices`: warnings and breaches of the subscriber's tickets, matched by the hash of their sign-in email. */
export const slaNoticesSource: SubscriptionSource = {
  field: 'slaNotices',
  typePrefix: ROUTING_EVENT_PREFIX,
  accepts: (event, _args, identity) =>
    event.type === RoutingEventType.SlaNotice && (event.payload as { recipient?: unknown }).recipient === recipientKey(identity.subject),
  payload: (event) => {
    const payload = event.payload as { ticketId: string; clock: string; dueAt: string; breached: boolean };
    return { id: event.id, ticketId: payload.ticketId, clock: payload.clock, dueAt: payload.dueAt, breached: payload.breached, occurredAt: event.occurredAt };
  },
  entities: { ticket: { queryField: 'ticket', id: (payload) => String(payload['ticketId']) } },
  gate: { entity: 'ticket', selection: () => '', admits: () => true },
};
