import { STAFF_ROLES, type SubscriptionSource } from '@support-graph/runtime';
import { TICKET_EVENT_PREFIX } from '../../events/tickets-events.js';
import { isInternalNote, TICKET_EVENT_KINDS, ticketEventPayload } from './ticket-event-kinds.js';

interface TicketEventFilter {
  readonly types?: readonly string[] | null;
  readonly ticketId?: string | null;
}

/** `ticketEvents(filter)`: every `ticket.*` event the subscriber may read the ticket of. */
export const ticketEventsSource: SubscriptionSource = {
  field: 'ticketEvents',
  typePrefix: TICKET_EVENT_PREFIX,
  accepts(event, args, identity) {
    const kind = TICKET_EVENT_KINDS[event.type];
    if (!kind) return false;
    const filter = (args['filter'] ?? {}) as TicketEventFilter;
    if (filter.types && filter.types.length > 0 && !filter.types.includes(kind)) return false;
    if (filter.ticketId && filter.ticketId.toLowerCase() !== event.aggregateId.toLowerCase()) return false;
    return STAFF_ROLES.includes(identity.role) || identity.role === 'analyst' || !isInternalNote(event);
  },
  payload: ticketEventPayload,
  entities: { ticket: { queryField: 'ticket', id: (payload) => String(payload['ticketId']) } },
  gate: { entity: 'ticket', selection: () => '', admits: () => true },
};
