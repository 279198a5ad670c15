import { createHash } from 'node:crypto';
import type { AgentTicket } from '@support-graph/support-agents';

/**
 * What a run records as its input: enough to tell which state of the ticket the agent saw (and to
 * prove it later by hash), never the customer's words or identity.
 */
export function summariseRunInput(ticket: AgentTicket, trigger: string): string {
  const text = [ticket.subject, ticket.description, ...ticket.messages.map((message) => message.body)].join('\n');
  return JSON.stringify({
    trigger,
    ticketNumber: ticket.number,
    status: ticket.status,
    customerTier: ticket.customer.tier,
    messageCount: ticket.messages.length,
    characters: text.length,
    textSha256: createHash('sha256').update(text).digest('hex'),
  });
}
