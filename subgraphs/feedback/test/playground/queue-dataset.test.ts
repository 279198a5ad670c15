import { MAX_QUEUE_SCANNED, checkQueueFilter, queueDatasetItems, type TicketQueue } from '../../src/playground/datasets/queue/queue-dataset.js';
import type { TicketTriage, WaitingTicket } from '../../src/playground/datasets/queue/queue-filter.js';

/** A queue of `count` waiting tickets served 100 a page, with the triage results given by id. */
function queueOf(tickets: readonly WaitingTicket[], triages: Record<string, TicketTriage> = {}) {
  const pages: (string | null)[] = [];
  const queue: TicketQueue = {
    tickets: {
      async page(_filter, after) {
        pages.push(after);
        const start = after ? Number(after) : 0;
        const page = tickets.slice(start, start + 100);
        return { tickets: page, next: start + 100 < tickets.length ? String(start + 100) : null };
      },
    },
    triages: {
      async of(ids) {
        return new Map(ids.flatMap((id) => (triages[id] ? [[id, triages[id]!] as const] : [])));
      },
    },
  };
  return { queue, pages };
}

const ticket = (id: string, description = 'My card was declined.', category: string | null = null): WaitingTicket => ({
  id,
  subject: 'Help',
  description,
  category,
  customerName: 'Walter White',
});

describe('datasets captured from the waiting queue', () => {
  it('masks the text and the customer name, keeps triage as the expectation and the language, and has no reference', async () => {
    const { queue } = queueOf([ticket('t1', 'I am Walter White, mail me at walter@example.com or call +1 415 555 0199.')], { t1: { category: 'declined_card_payment', language: 'en' } });
    const [item] = await queueDatasetItems(queue, { limit: 10 });
    expect(item).toEqual({ id: 't1', text: expect.stringContaining('[EMAIL]'), language: 'en', expectedCategory: 'declined_card_payment' });
    for (const personal of ['Walter', 'White', 'walter@example.com', '415 555 0199']) expect(item!.text).not.toContain(personal);
  });

  it('filters on the triage category, else the ticket’s own, and on the detected language, reading pages until the limit', async () => {
    const tickets = Array.from({ length: 250 }, (_unused, index) => ticket(`t${index}`, 'x', index === 3 ? 'declined_card_payment' : null));
    const triages = { t7: { category: 'declined_card_payment', language: 'de' }, t180: { category: 'declined_card_payment', language: 'en' }, t3: { category: null, language: null } };
    const { queue, pages } = queueOf(tickets, triages);
    const cards = await queueDatasetItems(queue, { category: 'declined_card_payment', limit: 10 });
    expect(cards.map((item) => item.id)).toEqual(['t3', 't7', 't180']);
    // The ticket's own category is a filter value, never an expectation.
    expect(cards[0]!.expectedCategory).toBeUndefined();
    expect(pages).toEqual([null, '100', '200']);
    expect((await queueDatasetItems(queue, { language: 'de', limit: 10 })).map((item) => item.id)).toEqual(['t7']);

    const limited = queueOf(tickets, triages);
    expect(await queueDatasetItems(limited.queue, { limit: 2 })).toHaveLength(2);
    expect(limited.pages).toEqual([null]);
  });

  it('stops after looking at MAX_QUEUE_SCANNED tickets', async () => {
    const { queue, pages } = queueOf(Array.from({ length: MAX_QUEUE_SCANNED + 500 }, (_unused, index) => ticket(`t${index}`)));
    expect(await queueDatasetItems(queue, { category: 'nothing-has-this', limit: 10 })).toEqual([]);
    expect(pages).toHaveLength(MAX_QUEUE_SCANNED / 100);
  });

  it('refuses a bad filter naming the field', () => {
    for (const [filter, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 1001 }, 'limit'],
      [{ limit: 5, status: ['CLOSED'] }, 'status'],
      [{ limit: 5, priority: ['SOON'] }, 'priority'],
      [{ limit: 5, language: 'EN' }, 'language'],
      [{ limit: 5, category: ' ' }, 'category'],
    ] as const) {
      expect(() => checkQueueFilter(filter as never)).toThrow(new RegExp(`^${field}:`));
    }
    expect(() => checkQueueFilter({ limit: 1000, status: ['NEW', 'ESCALATED'], priority: ['URGENT'] })).not.toThrow();
  });
});
