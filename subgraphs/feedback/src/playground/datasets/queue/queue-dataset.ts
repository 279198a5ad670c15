import { ClientErrors, maskFreeText } from '@support-graph/runtime';
import type { DatasetItem } from '../dataset-item.js';
import { TICKET_PRIORITIES, WAITING_STATUSES, type QueueFilter, type TicketTriage, type TicketTriages, type WaitingTicket, type WaitingTickets } from './queue-filter.js';

/** Where a queue dataset reads from: the waiting tickets (the tickets subgraph) and their triage (the agents subgraph). */
export interface TicketQueue {
  readonly tickets: WaitingTickets;
  readonly triages: TicketTriages;
}

export const DEFAULT_QUEUE_LIMIT = 100;
export const MAX_QUEUE_LIMIT = 1000;
/**
 * Waiting tickets looked at, at most, for one capture: with a category or language filter most
 * tickets of a large queue may not match, and a capture must stay a bounded read of the tickets subgraph.
 */
export const MAX_QUEUE_SCANNED = 5000;

/** Throws `BAD_USER_INPUT` naming the field of the filter's first problem. */
export function checkQueueFilter(filter: QueueFilter): void {
  if (filter.language !== undefined && !/^[a-z]{2}$/u.test(filter.language)) throw ClientErrors.badInput('language', 'a two-letter language code');
  if (filter.category !== undefined && (filter.category.trim() === '' || filter.category.length > 200)) throw ClientErrors.badInput('category', '1–200 characters');
  if (filter.status?.some((status) => !(WAITING_STATUSES as readonly string[]).includes(status))) throw ClientErrors.badInput('status', `any of ${WAITING_STATUSES.join(', ')}`);
  if (filter.priority?.some((priority) => !(TICKET_PRIORITIES as readonly string[]).includes(priority))) throw ClientErrors.badInput('priority', `any of ${TICKET_PRIORITIES.join(', ')}`);
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > MAX_QUEUE_LIMIT) throw ClientErrors.badInput('limit', `from 1 to ${MAX_QUEUE_LIMIT}`);
}

/**
 * Items from the tickets waiting now that the filter selects, newest first, PII masked. They have
 * no reference answer (nobody has answered yet); the expected category is triage's when it ran.
 */
export async function queueDatasetItems(queue: TicketQueue, filter: QueueFilter): Promise<DatasetItem[]> {
  const items: DatasetItem[] = [];
  const listed = { status: filter.status?.length ? filter.status : WAITING_STATUSES, ...(filter.priority?.length ? { priority: filter.priority } : {}) };
  let after: string | null = null;
  for (let scanned = 0; items.length < filter.limit && scanned < MAX_QUEUE_SCANNED; ) {
    const page = await queue.tickets.page(listed, after);
    scanned += page.tickets.length;
    const triages = await queue.triages.of(page.tickets.map((ticket) => ticket.id));
    for (const ticket of page.tickets) {
      const triage = triages.get(ticket.id);
      if (items.length < filter.limit && matches(ticket, triage, filter)) items.push(queueItem(ticket, triage));
    }
    if (!page.next || page.tickets.length === 0) break;
    after = page.next;
  }
  return items;
}

function categoryOf(ticket: WaitingTicket, triage: TicketTriage | undefined): string | null {
  const category = triage?.category ?? ticket.category;
  return category?.trim() ? category : null;
}

function languageOf(triage: TicketTriage | undefined): string | null {
  return triage?.language && /^[a-z]{2}$/u.test(triage.language) ? triage.language : null;
}

function matches(ticket: WaitingTicket, triage: TicketTriage | undefined, filter: QueueFilter): boolean {
  if (filter.category !== undefined && categoryOf(ticket, triage) !== filter.category) return false;
  return filter.language === undefined || languageOf(triage) === filter.language;
}

/**
 * A dataset item from a waiting ticket: subject and description as the customer's text, masked
 * (what `redactPii` replaces plus the customer record's name); the name is not kept, so the draft
 * greets anonymously, as for history items.
 */
function queueItem(ticket: WaitingTicket, triage: TicketTriage | undefined): DatasetItem {
  const names = ticket.customerName ? [ticket.customerName] : [];
  const language = languageOf(triage);
  // Only triage's category is an expectation; a category the ticket was opened with is a form's or a customer's guess.
  const expected = triage?.category ?? null;
  return {
    id: ticket.id,
    text: maskFreeText(`${ticket.subject}\n\n${ticket.description}`, names),
    ...(language ? { language } : {}),
    ...(expected ? { expectedCategory: expected } : {}),
  };
}
