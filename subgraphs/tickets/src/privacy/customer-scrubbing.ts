import type { CustomerRecord, TicketRecord } from '../store/ticket-records.js';

/** What erased free text reads as, everywhere. */
export const ERASED_TEXT = '[erased]';
/** Who an erased customer's messages and history entries say wrote them. */
export const ERASED_ACTOR = 'erased-customer';

/**
 * The customer record after erasure: an address nobody owns (`.invalid` is reserved), so no token
 * can claim the record and the real email can sign up as a new customer.
 */
export function erasedCustomerIdentity(customerId: string): { email: string; name: string } {
  return { email: `erased-${customerId}@erased.invalid`, name: 'Erased customer' };
}

const TEXT_FIELDS = new Set(['subject', 'description']);

/**
 * Removes the words and identity of the customer from one of their tickets, keeping what statistics
 * need (status, priority, category, channel, tags, timings, message count and authors' roles).
 * Every message goes, replies included: they quote and name the customer. Idempotent.
 */
export function scrubTicket(ticket: TicketRecord, customer: CustomerRecord): void {
  const isCustomer = (actor: string) => actor.toLowerCase() === customer.email.toLowerCase();
  ticket.subject = ERASED_TEXT;
  ticket.description = ERASED_TEXT;
  for (const message of ticket.messages) {
    message.body = ERASED_TEXT;
    if (isCustomer(message.authorId)) message.authorId = ERASED_ACTOR;
  }
  for (const entry of ticket.history) {
    if (isCustomer(entry.actor)) entry.actor = ERASED_ACTOR;
    if (TEXT_FIELDS.has(entry.field)) {
      entry.from = entry.from === null ? null : ERASED_TEXT;
      entry.to = entry.to === null ? null : ERASED_TEXT;
    }
  }
}

interface EventPayload {
  subject?: unknown;
  description?: unknown;
  changes?: { field: string; from: unknown; to: unknown }[];
}

/** An outbox event of an erased ticket: `ticket.created` carries subject and description, `ticket.updated` their old and new values. */
export function scrubEventPayload(payload: string): string {
  const event = JSON.parse(payload) as EventPayload;
  if ('subject' in event) event.subject = ERASED_TEXT;
  if ('description' in event) event.description = ERASED_TEXT;
  for (const change of event.changes ?? []) {
    if (!TEXT_FIELDS.has(change.field)) continue;
    change.from = change.from === null ? null : ERASED_TEXT;
    change.to = change.to === null ? null : ERASED_TEXT;
  }
  return JSON.stringify(event);
}
