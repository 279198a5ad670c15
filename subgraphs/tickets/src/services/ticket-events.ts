import { createDomainEvent, type DomainEvent } from '@support-graph/runtime';
import type { MessageRecord, TicketRecord } from '../store/ticket-records.js';

/**
 * The domain events of the tickets subgraph. Payloads carry ids and ticket metadata, never
 * customer text (email, name, subject, description, messages): events travel on Redis and are kept
 * in the durable event stream, which erasure does not rewrite. A consumer that needs the text asks
 * the API, and so reads what is current (or nothing, once the customer was erased).
 */
export const TicketEventType = {
  Created: 'ticket.created',
  Updated: 'ticket.updated',
  MessageAdded: 'ticket.message_added',
  StatusChanged: 'ticket.status_changed',
  Assigned: 'ticket.assigned',
} as const;

export interface FieldChange {
  readonly field: string;
  readonly from: string | null;
  readonly to: string | null;
}

export function ticketCreated(ticket: TicketRecord): DomainEvent {
  return createDomainEvent(TicketEventType.Created, ticket.id, {
    ticketId: ticket.id,
    number: ticket.number,
    status: ticket.status,
    priority: ticket.priority,
    channel: ticket.channel,
    tags: ticket.tags,
    customerId: ticket.customerId,
  });
}

/** Fields whose values are customer text: an update event names them, without their old and new values. */
const TEXT_FIELDS = new Set(['subject', 'description']);

export function ticketUpdated(ticket: TicketRecord, changes: readonly FieldChange[]): DomainEvent {
  const named = changes.map((change) => (TEXT_FIELDS.has(change.field) ? { field: change.field } : change));
  return createDomainEvent(TicketEventType.Updated, ticket.id, { ticketId: ticket.id, version: ticket.version, changes: named });
}

export function messageAdded(ticket: TicketRecord, message: MessageRecord): DomainEvent {
  return createDomainEvent(TicketEventType.MessageAdded, ticket.id, {
    ticketId: ticket.id,
    messageId: message.id,
    authorRole: message.authorRole,
    internal: message.internal,
  });
}

export function statusChanged(ticket: TicketRecord, from: string, to: string): DomainEvent {
  return createDomainEvent(TicketEventType.StatusChanged, ticket.id, { ticketId: ticket.id, from, to });
}

export function ticketAssigned(ticket: TicketRecord, from: string | null, to: string | null): DomainEvent {
  return createDomainEvent(TicketEventType.Assigned, ticket.id, { ticketId: ticket.id, from, to });
}
