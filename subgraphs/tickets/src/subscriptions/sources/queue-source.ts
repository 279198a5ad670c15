import type { SubscriptionSource } from '@support-graph/runtime';
import { TICKET_EVENT_PREFIX, TicketEventType } from '../../events/tickets-events.js';
import { ticketEventPayload } from './ticket-event-kinds.js';

/** What moves a ticket into, around or out of an agent queue. */
const QUEUE_EVENTS = new Set<string>([TicketEventType.Created, TicketEventType.StatusChanged, TicketEventType.Assigned]);

/**
 * `queue(team)`: new tickets, status changes and assignments. The team comes from the agents
 * subgraph (`Ticket.triage.team`), so it is read through the query plan with the subscriber's
 * identity, like the rest of the payload.
 */
export const queueSource: SubscriptionSource = {
  field: 'queue',
  typePrefix: TICKET_EVENT_PREFIX,
  accepts: (event) => QUEUE_EVENTS.has(event.type),
  payload: ticketEventPayload,
  entities: { ticket: { queryField: 'ticket', id: (payload) => String(payload['ticketId']) } },
  gate: {
    entity: 'ticket',
    selection: (args) => (typeof args['team'] === 'string' ? 'triage { team }' : ''),
    admits: (ticket, args) => typeof args['team'] !== 'string' || (ticket['triage'] as { team?: unknown } | null)?.team === args['team'],
  },
};
