import { STAFF_ROLES, type SubscriptionSource } from '@support-graph/runtime';
import { TICKET_EVENT_PREFIX } from '../../events/tickets-events.js';
import { concealTransition, isInternalNote, REVEALED_TICKET_FIELDS, TICKET_EVENT_KINDS, ticketEventPayload } from './ticket-event-kinds.js';

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
  // The ticket is read as the subscriber: someone else's is NOT_FOUND, and a transition's `from`/`to`
  // are hidden when their rules refuse the field it changes (a customer never learns the assignee).
  gate: { entity: 'ticket', selection: () => REVEALED_TICKET_FIELDS.join(' '), admits: () => true, conceal: concealTransition },
};
