import type { AgentTicket } from './support-agent.js';

/**
 * What the customer wrote: subject, description and their public messages, oldest first. Agents
 * that judge the customer (sentiment, language, missing information) read only this, so an
 * agent's own replies or internal notes never count as the customer's words.
 */
export function customerText(ticket: AgentTicket): string {
  const messages = ticket.messages
    .filter((message) => message.authorRole === 'CUSTOMER' && !message.internal)
    .map((message) => message.body)
    .filter((body) => body !== ticket.description);
  return [ticket.subject, ticket.description, ...messages].filter((part) => part.trim() !== '').join('\n');
}

/** Number of messages the customer sent, counting the description as the first when there is no message yet. */
export function customerTurns(ticket: AgentTicket): number {
  const messages = ticket.messages.filter((message) => message.authorRole === 'CUSTOMER' && !message.internal).length;
  return Math.max(messages, ticket.description.trim() === '' ? 0 : 1);
}
