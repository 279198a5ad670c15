import { isTicketEvent, TicketEventType, type TicketAssignedPayload, type TicketStatusChangedPayload } from '../../events/tickets-events.js';

/** Bus event type → the `TicketEventKind` enum value of the API. */
export const TICKET_EVENT_KINDS: Readonly<Record<string, string>> = {
  [TicketEventType.Created]: 'CREATED',
  [TicketEventType.Updated]: 'UPDATED',
  [TicketEventType.MessageAdded]: 'MESSAGE_ADDED',
  [TicketEventType.StatusChanged]: 'STATUS_CHANGED',
  [TicketEventType.Assigned]: 'ASSIGNED',
};

/** The Ticket field whose old and new value an event kind's `from` and `to` carry. */
const REVEALED_FIELD_BY_KIND: Readonly<Record<string, string>> = {
  STATUS_CHANGED: 'status',
  ASSIGNED: 'assigneeId',
};
export const REVEALED_TICKET_FIELDS: readonly string[] = [...new Set(Object.values(REVEALED_FIELD_BY_KIND))];

/** The payload with `from` and `to` nulled when the subscriber may not read the field they reveal. */
export function concealTransition(payload: Readonly<Record<string, unknown>>, unreadable: ReadonlySet<string>): Readonly<Record<string, unknown>> {
  const revealed = REVEALED_FIELD_BY_KIND[String(payload['type'])];
  return revealed && unreadable.has(revealed) ? { ...payload, from: null, to: null } : payload;
}

/** `from` and `to` of a status change or an assignment; other ticket events carry neither. */
type TransitionPayload = Partial<TicketStatusChangedPayload | TicketAssignedPayload>;

/** The payload of a `TicketEvent`, from a `ticket.*` domain event (ids and metadata only). */
export function ticketEventPayload(event: { id: string; type: string; aggregateId: string; occurredAt: string; payload: unknown }): Record<string, unknown> {
  const payload = (event.payload ?? {}) as TransitionPayload;
  return {
    id: event.id,
    type: TICKET_EVENT_KINDS[event.type],
    occurredAt: event.occurredAt,
    ticketId: event.aggregateId,
    from: typeof payload.from === 'string' ? payload.from : null,
    to: typeof payload.to === 'string' ? payload.to : null,
  };
}

/** An internal note is not news to customers and partners: they never learn it exists. */
export function isInternalNote(event: { type: string; payload: unknown }): boolean {
  return isTicketEvent(event, TicketEventType.MessageAdded) && event.payload?.internal === true;
}
