import { createDomainEvent, type DomainEvent } from '@support-graph/runtime';
import type { MessageRecord, TicketRecord } from '../store/ticket-records.js';

/**
 * The domain events of the tickets subgraph. Payloads carry ids and ticket metadata, never the
 * customer's email or name (they travel on Redis), so a consumer that needs more asks the API.
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
    subject: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    priority: ticket.priority,
    channel: ticket.channel,
    tags: ticket.tags,
    customerId: ticket.customerId,
  });
}

export function ticketUpdated(ticket: TicketRecord, changes: readonly FieldChange[]): DomainEvent {
  return createDomainEvent(TicketEventType.Updated, ticket.id, { ticketId: ticket.id, version: ticket.version, changes });
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
