import { isTicketEvent, TicketEventType, type TicketAssignedPayload, type TicketStatusChangedPayload } from '../../events/tickets-events.js';

/** Bus event type → the `TicketEventKind` enum value of the API. */
export const TICKET_EVENT_KINDS: Readonly<Record<string, string>> = {
  [TicketEventType.Created]: 'CREATED',
  [TicketEventType.Updated]: 'UPDATED',
  [TicketEventType.MessageAdded]: 'MESSAGE_ADDED',
  [TicketEventType.StatusChanged]: 'STATUS_CHANGED',
  [TicketEventType.Assigned]: 'ASSIGNED',
};

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
