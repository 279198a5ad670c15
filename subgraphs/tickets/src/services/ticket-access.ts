import { ClientErrors, type Identity } from '@support-graph/runtime';
import type { CustomerRecord, TicketRecord } from '../store/ticket-records.js';

/**
 * Who may touch which ticket. Issue-level rule for now: a customer only their own tickets (their
 * token's subject is their email); every other role may use the API. Field-level rules come
 * from graphql-shield on top of this.
 */
export function isCustomer(identity: Identity): boolean {
  return identity.role === 'customer';
}

export function ownsCustomerRecord(identity: Identity, customer: CustomerRecord): boolean {
  return customer.email === identity.subject.toLowerCase();
}

/** Someone else's ticket looks exactly like a missing one, so ids cannot be probed. */
export function assertMayAccessTicket(identity: Identity, ticket: TicketRecord, customer: CustomerRecord): void {
  if (isCustomer(identity) && !ownsCustomerRecord(identity, customer)) throw ClientErrors.notFound('Ticket', ticket.id);
}

export function assertStaff(identity: Identity, action: string): void {
  if (isCustomer(identity)) throw ClientErrors.forbidden(`Customers cannot ${action}`);
}
