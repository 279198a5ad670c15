import { createDomainEvent, type DomainEvent } from '@support-graph/runtime';
import {
  TicketEventType,
  type FieldChange,
  type TicketAssignedPayload,
  type TicketCreatedPayload,
  type TicketMessageAddedPayload,
  type TicketStatusChangedPayload,
  type TicketUpdatedPayload,
} from '../events/tickets-events.js';
import type { MessageRecord, TicketRecord } from '../store/ticket-records.js';

/**
 * Builds the domain events of the tickets subgraph, as its event contract (events/tickets-events.ts)
 * types them. Payloads carry ids and ticket metadata, never customer text (email, name, subject,
 * description, messages): events travel on Redis and are kept in the durable event stream, which
 * erasure does not rewrite. A consumer that needs the text asks the API, and so reads what is
 * current (or nothing, once the customer was erased).
 */
export function ticketCreated(ticket: TicketRecord): DomainEvent<TicketCreatedPayload> {
  return createDomainEvent<TicketCreatedPayload>(TicketEventType.Created, ticket.id, {
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

export function ticketUpdated(ticket: TicketRecord, changes: readonly FieldChange[]): DomainEvent<TicketUpdatedPayload> {
  const named = changes.map((change) => (TEXT_FIELDS.has(change.field) ? { field: change.field } : change));
  return createDomainEvent<TicketUpdatedPayload>(TicketEventType.Updated, ticket.id, { ticketId: ticket.id, version: ticket.version, changes: named });
}

export function messageAdded(ticket: TicketRecord, message: MessageRecord): DomainEvent<TicketMessageAddedPayload> {
  return createDomainEvent<TicketMessageAddedPayload>(TicketEventType.MessageAdded, ticket.id, {
    ticketId: ticket.id,
    messageId: message.id,
    authorRole: message.authorRole,
    internal: message.internal,
  });
}

export function statusChanged(ticket: TicketRecord, from: string, to: string): DomainEvent<TicketStatusChangedPayload> {
  return createDomainEvent<TicketStatusChangedPayload>(TicketEventType.StatusChanged, ticket.id, { ticketId: ticket.id, from, to });
}

export function ticketAssigned(ticket: TicketRecord, from: string | null, to: string | null): DomainEvent<TicketAssignedPayload> {
  return createDomainEvent<TicketAssignedPayload>(TicketEventType.Assigned, ticket.id, { ticketId: ticket.id, from, to });
}
