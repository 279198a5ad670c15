import type { ConversationMessage } from '../../llm/llm-provider.js';
import type { AgentTicket } from '../support-agent.js';

/**
 * The ticket's public conversation as the LLM port takes it: the opening request (subject and
 * description, unless the description is already the first message), customer messages and
 * replies sent to the customer (by people or AI). Internal notes and system events stay out.
 */
export function conversationMessages(ticket: AgentTicket): ConversationMessage[] {
  const messages = ticket.messages
    .filter((message) => !message.internal && message.authorRole !== 'SYSTEM')
    .map((message): ConversationMessage => ({ author: message.authorRole === 'CUSTOMER' ? 'customer' : 'agent', text: message.body }));
  const opening = [ticket.subject, ticket.description].filter((part) => part.trim() !== '').join('\n');
  const descriptionIsAMessage = messages.some((message) => message.text === ticket.description);
  return descriptionIsAMessage || opening === '' ? messages : [{ author: 'customer', text: opening }, ...messages];
}
