import type { SubscriptionSource } from '@support-graph/runtime';
import { recipientKey, RoutingEventType, ROUTING_EVENT_PREFIX } from './routing-events.js';

/** `presenceChanged`: every agent's presence, for the console's team view. */
export const presenceChangedSource: SubscriptionSource = {
  field: 'presenceChanged',
  typePrefix: ROUTING_EVENT_PREFIX,
  accepts: (event) => event.type === RoutingEventType.PresenceChanged,
  payload: (event) => {
    const payload = event.payload as { agentId: string; presence: string; previous: string | null };
    return { id: event.id, agentId: payload.agentId, presence: payload.presence, previous: payload.previous, occurredAt: event.occurredAt };
  },
  entities: {},
};

/** `assignmentNotifications`: the router's assignments to the subscriber, matched by the hash of their sign-in email. */
export const assignmentNotificationsSource: SubscriptionSource = {
  field: 'assignmentNotifications',
  typePrefix: ROUTING_EVENT_PREFIX,
  accepts: (event, _args, identity) =>
    event.type === RoutingEventType.TicketAssigned && (event.payload as { recipient?: unknown }).recipient === recipientKey(identity.subject),
  payload: (event) => {
    const payload = event.payload as { ticketId: string; teamId: string; reason: string };
    return { id: event.id, ticketId: payload.ticketId, teamId: payload.teamId, reason: payload.reason, occurredAt: event.occurredAt };
  },
  entities: { ticket: { queryField: 'ticket', id: (payload) => String(payload['ticketId']) } },
  gate: { entity: 'ticket', selection: () => '', admits: () => true },
};
