// The tickets subgraph's event contract: event names and payloads as published on the bus.
// Imported by the producer (services/ticket-event-factories.ts) and by every consumer (knowledge,
// agents, the gateway's subscription sources) as `@support-graph/tickets/events`. It imports
// nothing, so a consumer takes on no dependency of the tickets subgraph by reading it.

/** Every ticket event type starts with this; subscribe to it for all of them. */
export const TICKET_EVENT_PREFIX = 'ticket.';

export const TicketEventType = {
  Created: 'ticket.created',
  Updated: 'ticket.updated',
  MessageAdded: 'ticket.message_added',
  StatusChanged: 'ticket.status_changed',
  Assigned: 'ticket.assigned',
} as const;

export type TicketEventName = (typeof TicketEventType)[keyof typeof TicketEventType];

/** One changed field of `ticket.updated`: its name and, unless it is customer text (subject, description), the old and new value. */
export interface FieldChange {
  readonly field: string;
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface TicketCreatedPayload {
  readonly ticketId: string;
  readonly number: number;
  /** A `TicketStatus` value of the API, e.g. `NEW`. */
  readonly status: string;
  /** A `TicketPriority` value, e.g. `HIGH`. */
  readonly priority: string;
  /** A `TicketChannel` value, e.g. `EMAIL`. */
  readonly channel: string;
  readonly tags: readonly string[];
  readonly customerId: string;
}

/** Names the changed fields only; a consumer that needs the new text asks the API. */
export interface TicketUpdatedPayload {
  readonly ticketId: string;
  readonly version: number;
  readonly changes: readonly FieldChange[];
}

/** Ids and flags only: the message body stays in the tickets subgraph. */
export interface TicketMessageAddedPayload {
  readonly ticketId: string;
  readonly messageId: string;
  /** A `MessageAuthorRole` value, e.g. `CUSTOMER`. */
  readonly authorRole: string;
  /** Internal notes are for the support team only. */
  readonly internal: boolean;
}

export interface TicketStatusChangedPayload {
  readonly ticketId: string;
  readonly from: string;
  readonly to: string;
}

/** Assignee user ids; null when unassigned. */
export interface TicketAssignedPayload {
  readonly ticketId: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** Event type → its payload. */
export interface TicketEventPayloads {
  readonly 'ticket.created': TicketCreatedPayload;
  readonly 'ticket.updated': TicketUpdatedPayload;
  readonly 'ticket.message_added': TicketMessageAddedPayload;
  readonly 'ticket.status_changed': TicketStatusChangedPayload;
  readonly 'ticket.assigned': TicketAssignedPayload;
}

/** Narrows a bus event to one ticket event type, typing its payload. */
export function isTicketEvent<TName extends TicketEventName>(
  event: { readonly type: string; readonly payload: unknown },
  type: TName,
): event is { readonly type: TName; readonly payload: TicketEventPayloads[TName] } {
  return event.type === type;
}
