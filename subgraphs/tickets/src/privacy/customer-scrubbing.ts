import type { CustomerRecord, TicketRecord } from '../store/ticket-records.js';
import { replaceEventPayloadText, replaceTicketText } from './ticket-text-replacement.js';

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

/**
 * Removes the words and identity of the customer from one of their tickets, keeping what statistics
 * need (status, priority, category, channel, tags, timings, message count and authors' roles).
 * Every message goes, replies included: they quote and name the customer. Idempotent.
 */
export function scrubTicket(ticket: TicketRecord, customer: CustomerRecord): void {
  const isCustomer = (actor: string) => actor.toLowerCase() === customer.email.toLowerCase();
  replaceTicketText(ticket, ERASED_TEXT);
  for (const message of ticket.messages) {
    if (isCustomer(message.authorId)) message.authorId = ERASED_ACTOR;
  }
  for (const entry of ticket.history) {
    if (isCustomer(entry.actor)) entry.actor = ERASED_ACTOR;
  }
}

/** An outbox event of an erased ticket: `ticket.created` carries subject and description, `ticket.updated` their old and new values. */
export function scrubEventPayload(payload: string): string {
  return replaceEventPayloadText(payload, ERASED_TEXT);
}
