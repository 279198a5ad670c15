import { ClientErrors, type Identity } from '@support-graph/runtime';
import type { CustomerRecord, TicketRecord } from '../store/ticket-records.js';

/**
 * Who may touch which ticket: a customer only their own tickets (their token's subject is their
 * email), a partner only the tickets its integration opened, staff and analysts every ticket.
 * The service turns this into a store scope, applied in the query itself (ticket-store.ts);
 * field-level rules come from graphql-shield on top of it.
 */
export function isCustomer(identity: Identity): boolean {
  return identity.role === 'customer';
}

export function isPartner(identity: Identity): boolean {
  return identity.role === 'partner';
}

export function ownsCustomerRecord(identity: Identity, customer: CustomerRecord): boolean {
  return customer.email === identity.subject.toLowerCase();
}

/** Someone else's ticket looks exactly like a missing one, so ids cannot be probed (a second check behind the store scope). */
export function assertMayAccessTicket(identity: Identity, ticket: TicketRecord, customer: CustomerRecord): void {
  if (isCustomer(identity) && !ownsCustomerRecord(identity, customer)) throw ClientErrors.notFound('Ticket', ticket.id);
  if (isPartner(identity) && ticket.integration !== identity.subject) throw ClientErrors.notFound('Ticket', ticket.id);
}

export function assertStaff(identity: Identity, action: string): void {
  if (isCustomer(identity)) throw ClientErrors.forbidden(`Customers cannot ${action}`);
}
