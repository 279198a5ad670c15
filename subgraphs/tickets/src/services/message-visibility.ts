import type { Identity } from '@support-graph/runtime';
import type { MessageRecord, TicketRecord } from '../store/ticket-records.js';

/** A message as resolvers hand it on: it remembers its ticket's integration (the partner body rule) and customer (masking). */
export type VisibleMessage = MessageRecord & { readonly ticketIntegration: string | null; readonly ticketCustomerId: string };

/** Roles outside the support team never see internal notes: they are left out, not shown as errors. */
const OUTSIDERS = new Set(['customer', 'partner']);

export function visibleMessages(ticket: TicketRecord, identity: Identity): VisibleMessage[] {
  const messages = OUTSIDERS.has(identity.role) ? ticket.messages.filter((message) => !message.internal) : ticket.messages;
  return messages.map((message) => ({ ...message, ticketIntegration: ticket.integration, ticketCustomerId: ticket.customerId }));
}
