import { maskFreeText } from '@support-graph/runtime';
import type { DatasetItem } from '../dataset-item.js';
import type { SelectedTicket, TicketText } from './history-filter.js';

/** Who writes a reply the customer receives: the first such public message is the reference answer. */
const SENT_REPLY_AUTHORS = new Set(['AGENT', 'AI']);
const UNKNOWN = 'unknown';

/**
 * A dataset item from a resolved ticket: its subject and description as the customer's text, the
 * first reply sent to the customer as the reference, the triage category as the expected category.
 * Personal data (emails, phones, cards… and the customer's name) is masked before anything is kept;
 * the customer's first name is not kept either, so the greeting is the anonymous one.
 */
export function historyItem(selected: SelectedTicket, ticket: TicketText): DatasetItem {
  const names = ticket.customerName ? [ticket.customerName] : [];
  const reply = ticket.messages.find((message) => !message.internal && SENT_REPLY_AUTHORS.has(message.authorRole) && message.body.trim() !== '');
  const language = selected.language && /^[a-z]{2}$/u.test(selected.language) ? selected.language : undefined;
  const category = selected.category && selected.category !== UNKNOWN ? selected.category : undefined;
  return {
    id: ticket.id,
    text: maskFreeText(`${ticket.subject}\n\n${ticket.description}`, names),
    ...(language ? { language } : {}),
    ...(reply ? { reference: maskFreeText(reply.body, names) } : {}),
    ...(category ? { expectedCategory: category } : {}),
  };
}
