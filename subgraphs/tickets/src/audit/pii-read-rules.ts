import { rule, type Role } from '@support-graph/runtime';
import type { GraphQLResolveInfo } from 'graphql';
import type { CustomerRecord, TicketRecord } from '../store/ticket-records.js';
import type { TicketsContext } from '../tickets-context.js';
import { selectedFieldNames } from './selected-fields.js';

/*
 * Field rules that allow and, on the way, audit reads of personal data by anyone but its owner
 * (DESIGN.md §4). They sit on Ticket.customer and Ticket.messages, where the ticket is at hand, so a
 * ticket view is one entry however many messages it has; Customer.email/name record only when a
 * customer is read on its own (Query.customer, `_entities`). The fields listed are the ones the
 * role is allowed to read (docs/security.md): a denied field is not a read.
 */

const CUSTOMER_PII = ['email', 'name'];
const MESSAGE_PII = ['body', 'authorId'];

function isOwner(role: Role): boolean {
  return role === 'customer';
}

function readableCustomerFields(role: Role, selected: Set<string>): string[] {
  if (role === 'partner') return [];
  return CUSTOMER_PII.filter((field) => selected.has(field)).map((field) => `customer.${field}`);
}

function readableMessageFields(role: Role, ticket: TicketRecord, subject: string, selected: Set<string>): string[] {
  const readable = role === 'partner' ? (ticket.integration === subject ? ['body'] : []) : MESSAGE_PII;
  return readable.filter((field) => selected.has(field)).map((field) => `messages.${field}`);
}

async function recordTicketRead(ticket: TicketRecord, context: TicketsContext, fields: string[]): Promise<boolean> {
  if (fields.length > 0) await context.piiReads.record({ targetType: 'ticket', targetId: ticket.id, customerId: ticket.customerId, fields });
  return true;
}

/** Ticket.customer: allowed to every role (ownership is the service's job); audits customer email/name selected below it. */
export const auditedTicketCustomer = rule('audited-ticket-customer', { cache: 'no_cache' })(
  (ticket: TicketRecord, _args: unknown, context: TicketsContext, info: GraphQLResolveInfo) => {
    const { role } = context.identity;
    if (isOwner(role)) return true;
    return recordTicketRead(ticket, context, readableCustomerFields(role, selectedFieldNames(info)));
  },
);

/** Ticket.messages: allowed to every role; audits message bodies and authors selected below it. */
export const auditedTicketMessages = rule('audited-ticket-messages', { cache: 'no_cache' })(
  (ticket: TicketRecord, _args: unknown, context: TicketsContext, info: GraphQLResolveInfo) => {
    const { role, subject } = context.identity;
    if (isOwner(role) || ticket.messages.length === 0) return true;
    return recordTicketRead(ticket, context, readableMessageFields(role, ticket, subject, selectedFieldNames(info)));
  },
);

/** Customer.email / Customer.name reached without a ticket above them. Combine with the role rule (`and`). */
export const auditedCustomerField = rule('audited-customer-field', { cache: 'no_cache' })(
  async (customer: CustomerRecord, _args: unknown, context: TicketsContext, info: GraphQLResolveInfo) => {
    const { role } = context.identity;
    if (isOwner(role) || role === 'partner' || info.path.prev?.typename === 'Ticket') return true;
    await context.piiReads.record({ targetType: 'customer', targetId: customer.id, customerId: customer.id, fields: [`customer.${info.fieldName}`] });
    return true;
  },
);
