import { historyItem } from '../../src/playground/datasets/history/history-items.js';

const ticket = {
  id: 't-1',
  subject: 'Card blocked',
  description: 'My card ending 4111 1111 1111 1111 is blocked, call me on +44 20 7946 0958. Regards, Ada Lovelace',
  customerName: 'Ada Lovelace',
  messages: [
    { authorRole: 'CUSTOMER', internal: false, body: 'Any news, Ada here?' },
    { authorRole: 'AGENT', internal: true, body: 'Note: Ada is a VIP.' },
    { authorRole: 'AGENT', internal: false, body: 'Dear Ada, we unblocked your card; it works again within 10 minutes.' },
    { authorRole: 'AI', internal: false, body: 'A later reply.' },
  ],
};

describe('historyItem', () => {
  it('masks PII and the customer’s name, takes the first public reply sent to the customer as the reference', () => {
    const item = historyItem({ ticketId: 't-1', category: 'card_blocked', language: 'en' }, ticket);
    expect(item).toEqual({
      id: 't-1',
      text: expect.stringContaining('Card blocked'),
      language: 'en',
      reference: 'Dear [NAME], we unblocked your card; it works again within 10 minutes.',
      expectedCategory: 'card_blocked',
    });
    for (const personal of ['Ada', 'Lovelace', '4111', '7946']) expect(item.text).not.toContain(personal);
  });

  it('leaves out what is not known: no sent reply, an unknown category or language', () => {
    const item = historyItem({ ticketId: 't-1', category: 'unknown', language: 'unknown' }, { ...ticket, customerName: null, messages: [ticket.messages[0]!, ticket.messages[1]!] });
    expect(item).toEqual({ id: 't-1', text: expect.any(String) });
  });
});
